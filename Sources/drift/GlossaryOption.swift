import ArgumentParser
import DriftChecks
import DriftKit

/// `--glossary FILE.tsv`, shared by `drift check` and `drift compare`.
struct GlossaryOption: ParsableArguments {
    @Option(help: "A TSV glossary: TERM<tab>RENDERING[<tab>NOTE] per line; a TERM not rendered so is flagged.")
    var glossary: String?

    /// The glossary, or nil without the option; a file that cannot be read or parsed is
    /// reported (with its line) and exits with 2.
    func load() throws -> Glossary? {
        guard let glossary else { return nil }
        do {
            let file = try Document(contentsOf: glossary)
            return try Glossary(tsv: file.text.string, path: glossary)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }
}
