import DriftAlign
import DriftChecks
import DriftText
import FuzzSupport

// A glossary TSV, and when it parses, the glossary check on a text: `glossary [0xFF text]`.
let analyzer = try! DocumentAnalyzer()

/// Called by libFuzzer once before the first input: builds the static setup outside the
/// per-input timeout.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = (analyzer)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let cut = bytes.firstIndex(of: 0xFF) ?? bytes.count
    let tsv = String(decoding: bytes[..<cut], as: UTF8.self)
    let glossary: Glossary
    do throws(GlossaryError) {
        glossary = try Glossary(tsv: tsv, path: "glossary.tsv")
    } catch {
        _ = error.description
        return 0
    }
    var line = 0
    for entry in glossary.entries {
        precondition(entry.line > line, "glossary lines out of order")
        line = entry.line
        precondition(!entry.term.isEmpty && !entry.rendering.isEmpty, "empty term or rendering on line \(entry.line)")
        precondition(
            !entry.term.contains("\t") && !entry.rendering.contains("\t"), "a tab in a field on line \(entry.line)")
    }
    guard cut < bytes.count else { return 0 }
    let text = Fuzz.text(Array(bytes[(cut + 1)...]))
    let segmented = analyzer.segment(text)
    let context = CheckContext(
        document: CheckedText(segmented: segmented, features: analyzer.features(of: segmented)), glossary: glossary)
    for finding in GlossaryCheck().findings(in: context) {
        precondition(
            !finding.span.isEmpty && finding.span.upperBound <= text.count,
            "finding span \(finding.span) outside the text")
    }
    return 0
}
