import DriftAlign
import DriftChecks
import DriftText

/// Builds the inputs of checks from strings.
enum CheckFixtures {
    /// A document as the checks read it.
    static func checked(_ string: String) throws -> CheckedText {
        let analyzer = try DocumentAnalyzer()
        let segmented = analyzer.segment(Text(string))
        return CheckedText(segmented: segmented, features: analyzer.features(of: segmented))
    }

    /// The context of a version aligned to a reference, with other versions as witnesses.
    static func context(reference: String, version: String, witnesses: [String] = []) throws -> CheckContext {
        let aligner = try Aligner()
        let alignment = aligner.align(reference: Text(reference), version: Text(version))
        return CheckContext(
            document: try checked(version), reference: try checked(reference), alignment: alignment,
            witnesses: try witnesses.map(checked))
    }

    /// The words of each finding's span.
    static func words(_ findings: [Finding], in string: String) -> [String] {
        let text = Text(string)
        return findings.map { text[$0.span] }
    }
}
