/// The named thresholds of a version's verdict, first rule that holds:
///
/// 1. `faithful`: coverage ≥ `faithfulCoverage`, drift ≤ `faithfulDrift`, additions ≤
///    `faithfulAdditions`, no garbled sentence, no critical finding and no `changed` link that
///    replaces a number, name, negation or the like;
/// 2. `machine translation with errors`: coverage ≥ `followsCoverage` and `garbledLinks` or
///    more garbled sentences or garble ≥ `garbleShare`;
/// 3. `paraphrase`: coverage ≥ `followsCoverage` and drift < `paraphraseDrift`;
/// 4. `summary`: coverage ≥ `summaryCoverage` and additions < `summaryAdditions`;
/// 5. `partial overlap`: coverage ≥ `partialCoverage`;
/// 6. `unrelated`.
public struct VerdictRules: Sendable, Hashable {
    public var faithfulCoverage = 0.8
    public var faithfulDrift = 0.3
    public var faithfulAdditions = 0.15
    public var followsCoverage = 0.4
    public var garbledLinks = 2
    public var garbleShare = 0.05
    public var paraphraseDrift = 0.55
    public var summaryCoverage = 0.15
    public var summaryAdditions = 0.45
    public var partialCoverage = 0.1

    /// drift's rules.
    public init() {}

    /// The verdict and the sentence that says why.
    ///
    /// - Parameters:
    ///   - j: The version's judgement, verdict aside.
    ///   - errors: What stands against `faithful` beside the figures ("1 critical finding"),
    ///     empty when nothing does.
    /// - Returns: The verdict and its reason, the figures in words.
    func verdict(_ j: DocumentJudgement, errors: [String]) -> (Verdict, String) {
        let garbledLinks = j.labels[.garbled] ?? 0
        let figures =
            "keeps \(Rounding.percent(j.coverage)) of the reference's content with drift \(Rounding.twoDecimals(j.drift))"
            + " in the linked sentences; \(Rounding.percent(j.additions)) of the version is added, \(Rounding.percent(j.omissions)) of the reference omitted"
            + (errors.isEmpty ? "" : "; " + errors.joined(separator: ", "))
        if j.coverage >= faithfulCoverage && j.drift <= faithfulDrift && j.additions <= faithfulAdditions
            && garbledLinks == 0 && errors.isEmpty
        {
            return (.faithful, "Sentence by sentence the same content and meaning: " + figures + ".")
        }
        if j.coverage >= followsCoverage && (garbledLinks >= self.garbledLinks || j.garble >= garbleShare) {
            return (
                .machineTranslationWithErrors,
                "Follows the reference, but \(Plural.counted(garbledLinks, "sentence")) \(garbledLinks == 1 ? "is" : "are") garbled (\(Rounding.percent(j.garble)) of the version): "
                    + figures + "."
            )
        }
        if j.coverage >= followsCoverage && j.drift < paraphraseDrift {
            return (.paraphrase, "Most of the content in other words: " + figures + ".")
        }
        if j.coverage >= summaryCoverage && j.additions < summaryAdditions {
            return (.summary, "Part of the reference's content, restated, with little of its own: " + figures + ".")
        }
        if j.coverage >= partialCoverage {
            return (.partialOverlap, "Part of the same story and much of its own: " + figures + ".")
        }
        return (.unrelated, "Next to nothing in common: " + figures + ".")
    }
}
