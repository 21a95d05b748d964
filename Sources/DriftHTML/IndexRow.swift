import DriftRecords
import Foundation

/// A row of a batch's index page: one version's comparison, or an item that failed.
struct IndexRow: Encodable {
    let id: String
    let reference: String?
    let version: String?
    /// What the search box matches: the id and both paths.
    let search: String
    /// The verdict, or `error`.
    let verdict: String
    /// The verdict as a CSS class: `machine-translation-with-errors`.
    let verdictClass: String
    /// Figures as shown, and as the script sorts them (`-1` where there is none).
    let mqm: String
    let mqmKey: Double
    let drift: String
    let driftKey: Double
    let garble: String
    let garbleKey: Double
    let coverage: String
    let coverageKey: Double
    let critical: Int
    let major: Int
    let minor: Int
    /// Whether any finding is critical: the count is then shown in red.
    let hasCritical: Bool
    /// The findings, as sorted: critical first.
    let findingsKey: Int
    let error: String?
    /// The comparison's own page, with `--details` results.
    let link: String?

    init(_ record: BatchRecord, summary: VersionSummary?, link: String?) {
        id =
            switch record.id {
            case .string(let string): string
            default: record.id.serialized
            }
        reference = record.reference
        version = summary?.version ?? record.version
        search = [id, reference, version].compactMap(\.self).joined(separator: " ")
        verdict = summary?.verdict.rawValue ?? "error"
        verdictClass = verdict.replacing(" ", with: "-")
        func figure(_ value: Double?, decimals: Int) -> String {
            guard let value else { return "–" }
            return String(format: "%.\(decimals)f", value)
        }
        mqm = figure(summary?.mqm, decimals: 1)
        mqmKey = summary?.mqm ?? -1
        drift = figure(summary?.drift, decimals: 2)
        driftKey = summary?.drift ?? -1
        garble = figure(summary?.garble, decimals: 2)
        garbleKey = summary?.garble ?? -1
        coverage = figure(summary?.coverage, decimals: 2)
        coverageKey = summary?.coverage ?? -1
        critical = summary?.findings.critical ?? 0
        major = summary?.findings.major ?? 0
        minor = summary?.findings.minor ?? 0
        hasCritical = critical > 0
        findingsKey = critical * 1_000_000 + major * 1_000 + minor
        error = record.error
        self.link = link
    }

    /// Worst first: failed items, then by error score, drift and garble, then by id.
    static func worstFirst(_ a: IndexRow, _ b: IndexRow) -> Bool {
        let aFailed = a.error != nil
        let bFailed = b.error != nil
        if aFailed != bFailed { return aFailed }
        if a.mqmKey != b.mqmKey { return a.mqmKey > b.mqmKey }
        if a.driftKey != b.driftKey { return a.driftKey > b.driftKey }
        if a.garbleKey != b.garbleKey { return a.garbleKey > b.garbleKey }
        return a.id < b.id
    }
}
