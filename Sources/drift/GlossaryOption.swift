import ArgumentParser
import DriftChecks
import DriftKit

/// `--glossary FILE.tsv`, shared by `drift check` and `drift compare`.
struct GlossaryOption: ParsableArguments {
    @Option(help: "A TSV glossary: TERM<tab>RENDERING[<tab>NOTE] per line; a TERM not rendered so is flagged.")
    var glossary: String?

    /// The glossary, or nil without the option.
    ///
    /// - Throws: `InputError` when the file cannot be read, `GlossaryError` naming the line
    ///   that cannot be parsed.
    func load() throws -> Glossary? {
        guard let glossary else { return nil }
        return try Glossary(tsv: Document(contentsOf: glossary).text.string, path: glossary)
    }
}
