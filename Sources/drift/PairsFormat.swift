import ArgumentParser

/// Output formats of `drift pairs`.
enum PairsFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl
}
