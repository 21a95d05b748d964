import ArgumentParser

/// How `drift batch` shows its progress on standard error.
enum ProgressMode: String, ExpressibleByArgument, CaseIterable {
    /// A bar when standard error is a terminal, nothing otherwise.
    case auto
    /// A bar, redrawn in place.
    case bar
    /// A plain line every few seconds, for logs.
    case plain
    /// Nothing.
    case none
}
