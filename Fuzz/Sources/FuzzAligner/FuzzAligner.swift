import DriftAlign
import DriftKit
import DriftText
import FuzzSupport

// Two texts (split at the first 0xFF byte, else in the middle), aligned lexically as
// `drift align` does without a model, then compared as `drift compare --lexical` does.
let aligner = try! Aligner()
let comparison = try! Comparison(wordNet: SharedWordNet.load(warn: { print("warning: \($0)") }))

/// Called by libFuzzer once before the first input: builds the static setup outside the
/// per-input timeout.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = (aligner, comparison)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (reference, version) = Fuzz.texts(data, size)
    let alignment = aligner.align(reference: reference, version: version)
    Fuzz.checkLinks(alignment)

    let compared = comparison.compare(
        reference: Document(path: "a", string: reference.string), version: Document(path: "b", string: version.string))
    Fuzz.checkLinks(compared.alignment)
    precondition(compared.links.count == compared.alignment.links.count, "one judged link per link")
    for (index, judged) in compared.links.enumerated() {
        precondition(
            judged.drift.isFinite && judged.drift >= 0 && judged.drift <= 1,
            "judged link \(index) drift \(judged.drift)")
    }
    for finding in compared.findings {
        precondition(
            finding.span.lowerBound >= 0 && finding.span.upperBound <= version.count,
            "finding \(finding.check) span \(finding.span) outside the version")
        if let span = finding.referenceSpan {
            precondition(
                span.lowerBound >= 0 && span.upperBound <= reference.count,
                "finding \(finding.check) reference span \(span) outside the reference")
        }
    }
    return 0
}
