public import DriftMetrics
import DriftRecords

/// Renders `drift score` results in sacreBLEU's shapes.
public struct ScoreRenderer: Sendable {
    /// Whether to write sacreBLEU's JSON rather than its text lines.
    public var json: Bool
    /// Decimals of printed scores (sacreBLEU's `--width`, default 1).
    public var width: Int
    /// Print scores only (sacreBLEU's `--score-only`).
    public var scoreOnly: Bool

    public init(json: Bool = true, width: Int = 1, scoreOnly: Bool = false) {
        self.json = json
        self.width = width
        self.scoreOnly = scoreOnly
    }

    // MARK: Corpus level

    /// Corpus scores: `results[m][s]` is metric `m` for system `s`.
    public func render(corpus results: [[ScoredSystem]]) -> String {
        let systemCount = results.first?.count ?? 0
        if systemCount == 1 {
            let scores = results.map { $0[0] }
            return json ? singleSystemJSON(scores) : singleSystemText(scores)
        }
        return json ? systemsJSON(results) : systemsTable(results)
    }

    /// One JSON object per metric as sacreBLEU writes it, in a list when there are several.
    private func singleSystemJSON(_ scores: [ScoredSystem]) -> String {
        if scoreOnly { return scores.map { $0.score.fixed(width: width) }.joined(separator: "\n") + "\n" }
        let objects = scores.map { sacreBLEUObject($0).pretty(indent: 1) }
        return (objects.count == 1 ? objects[0] : "[\n" + objects.joined(separator: ",\n") + "\n]") + "\n"
    }

    /// sacreBLEU's `Score.format(is_json=True)`: name, rounded score, signature, confidence,
    /// verbose part, then every signature field.
    private func sacreBLEUObject(_ scored: ScoredSystem) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("name", .string(scored.score.name)),
            ("score", .double(Double(scored.score.fixed(width: width)) ?? scored.score.score)),
            ("signature", .string(scored.signature.description)),
        ]
        if let estimate = scored.estimate {
            let interval = estimate.interval(width: width)
            members.append(("confidence_mean", .double(Double(fixed(estimate.mean)) ?? estimate.mean)))
            members.append(("confidence_var", .double(Double(fixed(estimate.halfWidth)) ?? estimate.halfWidth)))
            members.append(("confidence", .string(interval)))
        }
        if !scored.score.verbose.isEmpty { members.append(("verbose_score", .string(scored.score.verbose))) }
        members += scored.signature.fields.map { ($0.key, .string($0.value)) }
        return .object(members)
    }

    /// sacreBLEU's text lines, aligned on `=`.
    private func singleSystemText(_ scores: [ScoredSystem]) -> String {
        if scoreOnly { return scores.map { $0.score.fixed(width: width) }.joined(separator: "\n") + "\n" }
        let lines = scores.map { scored -> (head: String, tail: String) in
            var tail = "= " + scored.score.fixed(width: width)
            if let estimate = scored.estimate { tail += " (\(estimate.interval(width: width)))" }
            if !scored.score.verbose.isEmpty { tail += " " + scored.score.verbose }
            return ("\(scored.score.name)|\(scored.signature)", tail)
        }
        let column = lines.map(\.head.count).max() ?? 0
        return lines.map { String(repeating: " ", count: column - $0.head.count) + $0.head + " " + $0.tail }
            .joined(separator: "\n") + "\n"
    }

    /// Several systems: one JSON object per system and metric.
    private func systemsJSON(_ results: [[ScoredSystem]]) -> String {
        let objects = results.flatMap { $0 }.map { scored -> JSONValue in
            var members: [(String, JSONValue)] = [
                ("system", .string(scored.system)),
                ("name", .string(scored.score.name)),
                ("score", .double(Double(scored.score.fixed(width: width)) ?? scored.score.score)),
                ("signature", .string(scored.signature.description)),
            ]
            if let estimate = scored.estimate {
                members.append(("mean", .double(Double(fixed(estimate.mean)) ?? estimate.mean)))
                members.append(("ci", .double(Double(fixed(estimate.halfWidth)) ?? estimate.halfWidth)))
                members.append(
                    ("p_value", estimate.pValue.map { .double(Double(fixed($0, digits: 4)) ?? $0) } ?? .null))
            }
            return .object(members)
        }
        return JSONValue.array(objects).pretty(indent: 1) + "\n"
    }

    /// Several systems: a table with a column per metric, every cell starting at its column's
    /// left edge, p-values against the first system (the baseline) in a paired test, and the
    /// signatures below.
    private func systemsTable(_ results: [[ScoredSystem]]) -> String {
        let systems = results.first?.map(\.system) ?? []
        let paired = results.first?.first?.estimate != nil
        var rows: [[String]] = [["System"] + results.map { $0.first?.score.name ?? "" }]
        for index in systems.indices {
            let name = paired && index == 0 ? "Baseline: \(systems[index])" : systems[index]
            rows.append(
                [name]
                    + results.map { metric in
                        let scored = metric[index]
                        var cell = scored.score.fixed(width: width)
                        if let estimate = scored.estimate {
                            cell += " (\(estimate.interval(width: width)))"
                            if let p = estimate.pValue {
                                cell += " (p = \(fixed(p, digits: 4)))" + (p <= 0.05 ? "*" : "")
                            }
                        }
                        return cell
                    })
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var output =
            rows.map { row in
                row.enumerated().map { column, cell in
                    column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
                }.joined(separator: "  ")
            }.joined(separator: "\n") + "\n"
        if paired { output += "\n* p ≤ 0.05: the difference from the baseline is significant (paired bootstrap).\n" }
        for index in systems.indices.dropFirst() where paired && Self.scoresAsTheBaseline(results, index) {
            output +=
                "  \(systems[index]) scores exactly as the baseline, likely the same output: sacreBLEU's test "
                + "counts the resamples whose difference exceeds the real one, (0 + 1) / (n + 1) here, "
                + "so read its p as no difference at all.\n"
        }
        output +=
            "\n"
            + results.compactMap { metric in metric.first.map { "\($0.score.name): \($0.signature)" } }
            .joined(separator: "\n") + "\n"
        return output
    }

    /// Whether system `index` has the baseline's score in every metric and a p-value that
    /// calls it significant: what sacreBLEU's paired test gives a copy of the baseline.
    private static func scoresAsTheBaseline(_ results: [[ScoredSystem]], _ index: Int) -> Bool {
        results.allSatisfy { metric in
            metric[index].score.score == metric[0].score.score && (metric[index].estimate?.pValue ?? 1) <= 0.05
        }
    }

    // MARK: Sentence level

    /// Sentence scores: `scores[i][m]` is metric `m` on line `firstLine + i`.
    public func render(sentences scores: [[any MetricScore]], signatures: [Signature], firstLine: Int = 1) -> String {
        var output = ""
        for (index, line) in scores.enumerated() {
            if json {
                JSONValue.object([("line", .int(firstLine + index))] + line.map { ($0.name, .double($0.score)) }).write(
                    to: &output)
            } else if scoreOnly {
                output += line.map { $0.fixed(width: width) }.joined(separator: "\t")
            } else if line.count == 1 {
                output += line[0].formatted(width: width, signature: signatures[0])
            } else {
                output += line.map { $0.formatted(width: width) }.joined(separator: " | ")
            }
            output += "\n"
        }
        return output
    }

    private func fixed(_ value: Double, digits: Int? = nil) -> String {
        FixedPoint.format(value, digits: digits ?? width)
    }
}
