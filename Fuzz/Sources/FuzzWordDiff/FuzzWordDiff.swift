import DriftAlign
import DriftText
import FuzzSupport

// The word diff of two token lists (split at the first 0xFF byte, else in the middle), whole
// and with the smallest table (64 cells), so that the anchor split and the band both run.
let tokenizer = try! Tokenizer()
let analyzer = try! TokenAnalyzer()
let differs = [WordDiffer(), WordDiffer(maxCells: 64)]

/// Called by libFuzzer once before the first input: builds the static setup outside the
/// per-input timeout.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = (tokenizer, analyzer, differs)
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (reference, version) = Fuzz.texts(data, size)
    let referenceItems = tokenizer.tokens(in: reference).map { ($0, analyzer.features(of: $0, in: reference)) }
    let versionItems = tokenizer.tokens(in: version).map { ($0, analyzer.features(of: $0, in: version)) }
    for differ in differs {
        let operations = differ.diff(reference: referenceItems, version: versionItems)
        Fuzz.checkTiles(operations, reference: referenceItems.map(\.0), version: versionItems.map(\.0))
        // Consecutive operations of the same kind and relation are merged.
        for (a, b) in zip(operations, operations.dropFirst()) {
            precondition(a.kind != b.kind || a.relation != b.relation, "unmerged neighbours \(a.kind)")
        }
    }
    return 0
}
