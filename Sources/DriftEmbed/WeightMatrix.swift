/// A weight matrix of the encoder, [rows × columns] row-major as PyTorch's Linear stores it,
/// whatever its storage: float32 (`DenseMatrix`) or 4-bit blocks (`QuantizedMatrix`).
protocol WeightMatrix: Sendable {
    var rows: Int { get }
    var columns: Int { get }

    /// Calls `body` with the matrix as float32 values, row-major.
    func withFloats<Result>(_ body: (UnsafePointer<Float>) -> Result) -> Result

    /// Adds row `index` to the `columns` floats at `destination` (an embedding lookup).
    func addRow(_ index: Int, to destination: UnsafeMutablePointer<Float>)
}
