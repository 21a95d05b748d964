import Testing

@testable import DriftEmbed

/// The encoder's element-wise operations.
@Suite struct MatrixTests {
    @Test func theApproximateGELUIsWithinItsBound() {
        let inputs = stride(from: Float(-12), through: 12, by: 0.001).map { $0 } + [0, -0, 30, -30, 1e-8]
        var exact = inputs
        var approximate = inputs
        Matrix.gelu(&exact)
        Matrix.approximateGELU(&approximate)
        for (input, (a, b)) in zip(inputs, zip(exact, approximate)) {
            #expect(abs(a - b) <= 3e-7 * max(1, abs(input)), "GELU(\(input)): \(a) exact, \(b) approximate")
        }
    }
}
