public import DriftKit

/// One line of `drift pairs` input, `{"id": …, "reference": "…", "candidate": "…"}`, and the
/// record written for it.
public enum PairRecord {
    /// A line that cannot be scored, with the reason.
    public struct Failure: Error, Sendable {
        /// The line's id where it could be read, else null.
        public let id: JSONValue
        /// What is wrong with the line.
        public let message: String

        /// Creates a failure.
        public init(id: JSONValue, message: String) {
            self.id = id
            self.message = message
        }
    }

    /// The id, reference and candidate of one input line.
    ///
    /// - Throws: `Failure` for bytes that are not UTF-8, invalid JSON, or a missing field.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> (id: JSONValue, reference: String, candidate: String)
    {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure(id: .null, message: "invalid UTF-8")
        }
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw Failure(id: .null, message: "invalid JSON: \(error)")
        }
        guard case .object = value else { throw Failure(id: .null, message: "expected a JSON object") }
        let id = value["id"] ?? .null
        guard case .string(let reference)? = value["reference"] else {
            throw Failure(id: id, message: "missing string field \"reference\"")
        }
        guard case .string(let candidate)? = value["candidate"] else {
            throw Failure(id: id, message: "missing string field \"candidate\"")
        }
        return (id, reference, candidate)
    }

    /// The output record of a scored pair: `id`, `drift`, `label`, `chrf`, `bleu`, `ter`,
    /// `cosine` (of the sentence embeddings; null without them), then `evidence` and `accounting`, and with
    /// `features` the judge's feature values.
    public static func record(id: JSONValue, judgement: PairJudgement, scores: PairScores, features: Bool = false)
        -> JSONValue
    {
        var members: [(String, JSONValue)] = [
            ("id", id), ("drift", .double((judgement.drift * 10_000).rounded() / 10_000)),
            ("label", .string(judgement.label.rawValue)),
            ("chrf", .double(scores.chrf)), ("bleu", .double(scores.bleu)), ("ter", .double(scores.ter)),
            ("cosine", judgement.cosine.map { .double(($0 * 10_000).rounded() / 10_000) } ?? .null),
            ("evidence", EvidenceRenderer.sentences(judgement.evidence)),
            ("accounting", EvidenceRenderer.accounting(judgement.evidence)),
        ]
        if features {
            members.append(
                (
                    "features",
                    .object(judgement.features.named.map { ($0.name, $0.value.map(JSONValue.double) ?? .null) })
                ))
        }
        return .object(members)
    }

    /// `{"id": …, "line": n, "error": "…"}`.
    public static func record(line: Int, failure: Failure) -> JSONValue {
        .object([("id", failure.id), ("line", .int(line)), ("error", .string(failure.message))])
    }
}
