/// Sums judged links up into a document judgement and a verdict.
enum DocumentJudge {
    /// The judgement of a version from its judged links.
    static func judgement(of links: [JudgedLink]) -> DocumentJudgement {
        let referenceTotal = Double(links.reduce(0) { $0 + $1.referenceWords })
        let versionTotal = Double(links.reduce(0) { $0 + $1.versionWords })
        let linked = links.filter { $0.link.type != .added && $0.link.type != .omitted }
        let linkedReference = Double(linked.reduce(0) { $0 + $1.referenceWords })
        let kept = linked.reduce(0.0) { $0 + Double($1.referenceWords) * $1.kept }
        let drift = linked.reduce(0.0) { $0 + Double($1.referenceWords) * $1.drift }
        let garbled = Double(links.filter { $0.label == .garbled }.reduce(0) { $0 + $1.versionWords })
        let added = Double(links.filter { $0.link.type == .added }.reduce(0) { $0 + $1.versionWords })
        let omitted = Double(links.filter { $0.link.type == .omitted }.reduce(0) { $0 + $1.referenceWords })
        var judgement = DocumentJudgement(
            verdict: .unrelated,
            coverage: share(kept, referenceTotal), drift: linkedReference == 0 ? 1 : drift / linkedReference,
            garble: share(garbled, versionTotal), additions: share(added, versionTotal), omissions: share(omitted, referenceTotal),
            lengthRatio: referenceTotal == 0 ? 0 : versionTotal / referenceTotal,
            labels: links.reduce(into: [:]) { $0[$1.label, default: 0] += 1 }, reason: "")
        (judgement.verdict, judgement.reason) = verdict(judgement)
        return judgement
    }

    private static func share(_ part: Double, _ whole: Double) -> Double {
        whole == 0 ? 0 : part / whole
    }

    /// The verdict, first rule that holds:
    ///
    /// 1. `faithful`: coverage ≥ 0.8, drift ≤ 0.3, additions ≤ 0.15, no garble;
    /// 2. `machine translation with errors`: coverage ≥ 0.4 (it follows the reference) and
    ///    2 or more garbled sentences or garble ≥ 0.05;
    /// 3. `paraphrase`: coverage ≥ 0.4 and drift < 0.55;
    /// 4. `summary`: coverage ≥ 0.15 and additions < 0.45 (part of the reference, little else);
    /// 5. `partial overlap`: coverage ≥ 0.1;
    /// 6. `unrelated`.
    static func verdict(_ j: DocumentJudgement) -> (Verdict, String) {
        let garbledLinks = j.labels[.garbled] ?? 0
        let figures = "keeps \(Rounding.percent(j.coverage)) of the reference's content with drift \(Rounding.twoDecimals(j.drift))"
            + " in the linked sentences; \(Rounding.percent(j.additions)) of the version is added, \(Rounding.percent(j.omissions)) of the reference omitted"
        if j.coverage >= 0.8 && j.drift <= 0.3 && j.additions <= 0.15 && garbledLinks == 0 {
            return (.faithful, "Sentence by sentence the same content and meaning: " + figures + ".")
        }
        if j.coverage >= 0.4 && (garbledLinks >= 2 || j.garble >= 0.05) {
            return (.machineTranslationWithErrors,
                    "Follows the reference, but \(garbledLinks) sentence\(garbledLinks == 1 ? " is" : "s are") garbled (\(Rounding.percent(j.garble)) of the version): " + figures + ".")
        }
        if j.coverage >= 0.4 && j.drift < 0.55 {
            return (.paraphrase, "Most of the content in other words: " + figures + ".")
        }
        if j.coverage >= 0.15 && j.additions < 0.45 {
            return (.summary, "Part of the reference's content, restated, with little of its own: " + figures + ".")
        }
        if j.coverage >= 0.1 {
            return (.partialOverlap, "Part of the same story and much of its own: " + figures + ".")
        }
        return (.unrelated, "Next to nothing in common: " + figures + ".")
    }
}
