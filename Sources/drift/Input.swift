import ArgumentParser
import DriftKit

/// Reading the documents a command names.
enum Input {
    /// The documents at `paths` (`-` for standard input), or the first that cannot be read
    /// reported on standard error, exiting with 2.
    static func documents(_ paths: [String], lossy: Bool) throws -> [Document] {
        do {
            return try paths.map { path throws(InputError) in try Document(contentsOf: path, lossy: lossy) }
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
