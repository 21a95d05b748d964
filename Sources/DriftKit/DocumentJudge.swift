import DriftChecks

/// Sums judged links and findings up into a document judgement and a verdict.
enum DocumentJudge {
    /// The judgement of a version from its judged links and findings.
    ///
    /// - Parameters:
    ///   - links: The version's links to the reference, judged.
    ///   - findings: The checks' findings in the version.
    ///   - words: The version's words (word and number tokens), for the error score.
    ///   - rules: The thresholds of the verdicts.
    /// - Returns: The figures, the labels' counts, the error score and the verdict.
    static func judgement(of links: [JudgedLink], findings: [Finding], words: Int, rules: VerdictRules = VerdictRules())
        -> DocumentJudgement
    {
        let referenceTotal = Double(links.reduce(0) { $0 + $1.referenceWords })
        let versionTotal = Double(links.reduce(0) { $0 + $1.versionWords })
        let linked = links.filter { $0.link.type != .added && $0.link.type != .omitted }
        let linkedReference = Double(linked.reduce(0) { $0 + $1.referenceWords })
        let kept = linked.reduce(0.0) { $0 + Double($1.referenceWords) * $1.kept }
        let drift = linked.reduce(0.0) { $0 + Double($1.referenceWords) * $1.drift }
        let garbled = Double(links.filter { $0.label == .garbled }.reduce(0) { $0 + $1.versionWords })
        let added = Double(links.filter { $0.link.type == .added }.reduce(0) { $0 + $1.versionWords })
        let omitted = Double(links.filter { $0.link.type == .omitted }.reduce(0) { $0 + $1.referenceWords })
        let errors = ErrorScore(findings: findings, links: links, words: words)
        var judgement = DocumentJudgement(
            verdict: .unrelated,
            coverage: share(kept, referenceTotal), drift: linkedReference == 0 ? 1 : drift / linkedReference,
            garble: share(garbled, versionTotal), additions: share(added, versionTotal),
            omissions: share(omitted, referenceTotal),
            lengthRatio: referenceTotal == 0 ? 0 : versionTotal / referenceTotal,
            labels: links.reduce(into: [:]) { $0[$1.label, default: 0] += 1 }, errors: errors, reason: "")
        (judgement.verdict, judgement.reason) = rules.verdict(judgement, errors: obstacles(links, findings))
        return judgement
    }

    private static func share(_ part: Double, _ whole: Double) -> Double {
        whole == 0 ? 0 : part / whole
    }

    /// What keeps a version from being faithful whatever its figures: critical findings and
    /// links changed by a replaced fact.
    private static func obstacles(_ links: [JudgedLink], _ findings: [Finding]) -> [String] {
        var obstacles: [String] = []
        let critical = findings.count { $0.severity == .critical }
        if critical > 0 { obstacles.append(Plural.counted(critical, "critical finding")) }
        let factual = links.count { $0.label == .changed && $0.evidence.contains(where: \.replacesFact) }
        if factual > 0 { obstacles.append(Plural.counted(factual, "sentence") + " with a fact replaced") }
        return obstacles
    }
}
