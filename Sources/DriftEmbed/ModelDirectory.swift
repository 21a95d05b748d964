import Foundation

/// Where the encoders look for their models.
enum ModelDirectory {
    /// The folder that environment variable `environment` names, else `~/.cache/drift/<folder>`.
    static func resolve(environment: String, folder: String) -> String {
        if let directory = ProcessInfo.processInfo.environment[environment], !directory.isEmpty {
            return directory
        }
        let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/drift/" + folder
    }
}
