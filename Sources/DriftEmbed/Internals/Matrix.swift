internal import CBLAS

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The dense operations of the encoder over row-major float32 buffers.
enum Matrix {
    /// y[rows × out] = x[rows × in] · Wᵀ + b, with W stored [out × in] as PyTorch's Linear.
    static func linear<Weight: WeightMatrix>(_ x: [Float], rows: Int, weight: Weight, bias: [Float]) -> [Float] {
        let inputs = weight.columns
        let outputs = weight.rows
        var y = [Float](repeating: 0, count: rows * outputs)
        for row in 0..<rows {
            for column in 0..<outputs { y[row * outputs + column] = bias[column] }
        }
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                weight.withFloats { weight in
                    multiply(
                        x.baseAddress!, lda: inputs, weight, ldb: inputs, into: y.baseAddress!, ldc: outputs,
                        m: rows, n: outputs, k: inputs, transposeB: true, beta: 1)
                }
            }
        }
        return y
    }

    /// c[m × n] = alpha · a[m × k] · op(b) + beta · c, with leading dimensions and offsets.
    static func multiply(
        _ a: UnsafePointer<Float>, lda: Int, _ b: UnsafePointer<Float>, ldb: Int, into c: UnsafeMutablePointer<Float>,
        ldc: Int,
        m: Int, n: Int, k: Int, transposeB: Bool, alpha: Float = 1, beta: Float = 0
    ) {
        CBLAS_sgemm(
            transposeB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    /// Row-wise layer normalisation in place: (x − mean) / √(variance + eps) · gamma + beta.
    static func layerNorm(_ x: inout [Float], width: Int, gamma: [Float], beta: [Float], epsilon: Float = 1e-12) {
        let rows = x.count / width
        x.withUnsafeMutableBufferPointer { x in
            for row in 0..<rows {
                let base = row * width
                var mean: Float = 0
                for i in 0..<width { mean += x[base + i] }
                mean /= Float(width)
                var variance: Float = 0
                for i in 0..<width {
                    let d = x[base + i] - mean
                    variance += d * d
                }
                variance /= Float(width)
                let scale = 1 / (variance + epsilon).squareRoot()
                for i in 0..<width { x[base + i] = (x[base + i] - mean) * scale * gamma[i] + beta[i] }
            }
        }
    }

    /// GELU in its exact form, x · Φ(x) = ½x(1 + erf(x/√2)), in place.
    static func gelu(_ x: inout [Float]) {
        let scale: Float = 1 / Float(2).squareRoot()
        for i in x.indices { x[i] = 0.5 * x[i] * (1 + erff(x[i] * scale)) }
    }

    /// Softmax of each row of an n × n block in place.
    static func softmaxRows(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int) {
        for row in 0..<rows {
            let base = x + row * width
            var largest = -Float.infinity
            for i in 0..<width { largest = max(largest, base[i]) }
            var sum: Float = 0
            for i in 0..<width {
                base[i] = expf(base[i] - largest)
                sum += base[i]
            }
            let inverse = 1 / sum
            for i in 0..<width { base[i] *= inverse }
        }
    }

    /// Sets the threads OpenBLAS may use.
    static func setThreads(_ count: Int) {
        CBLAS_setThreads(Int32(count))
    }
}
