/// A float32 weight matrix.
struct DenseMatrix: WeightMatrix {
    let rows: Int
    let columns: Int
    let values: [Float]

    init(rows: Int, columns: Int, values: [Float]) {
        precondition(values.count == rows * columns, "\(values.count) values for \(rows) × \(columns)")
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// The matrices stacked: the rows of the first, then those of the next (all of one width).
    init(stacking matrices: [DenseMatrix]) {
        self.init(
            rows: matrices.reduce(0) { $0 + $1.rows }, columns: matrices[0].columns,
            values: matrices.flatMap(\.values))
    }

    func withFloats<Result>(_ body: (UnsafePointer<Float>) -> Result) -> Result {
        values.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    func addRow(_ index: Int, to destination: UnsafeMutablePointer<Float>) {
        values.withUnsafeBufferPointer { values in
            let row = values.baseAddress! + index * columns
            for i in 0..<columns { destination[i] += row[i] }
        }
    }
}
