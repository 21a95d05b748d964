import DriftMetrics
import DriftTestSupport
import Foundation
import Testing

/// One case of `Fixtures/sacrebleu/expected.json`: sacreBLEU 2.6.0's output for a metric with
/// options on a hypothesis file and its references.
struct ParityCase: Sendable, Decodable, CustomTestStringConvertible {
    let name: String
    let metric: String
    let options: [String: JSONScalar]
    let hypothesis: String
    let references: [String]
    let score: Double
    let formatted: String
    let signature: String
    let sentenceSignature: String
    let details: [String: JSONScalar]
    let sentenceScores: [Double]

    var testDescription: String { name }

    enum CodingKeys: String, CodingKey {
        case name, metric, options, hypothesis, references, score, formatted, signature, details
        case sentenceSignature = "sentence_signature"
        case sentenceScores = "sentence_scores"
    }

    private struct File: Decodable {
        let cases: [ParityCase]
    }

    static let all: [ParityCase] = {
        let data = try! Data(contentsOf: URL(fileURLWithPath: Fixtures.path("sacrebleu/expected.json")))
        return try! JSONDecoder().decode(File.self, from: data).cases
    }()
}

/// A JSON bool, number, string or list of numbers.
enum JSONScalar: Sendable, Decodable {
    case bool(Bool), number(Double), string(String), numbers([Double])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode([Double].self) {
            self = .numbers(value)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    var number: Double? { if case .number(let value) = self { value } else { nil } }
    var string: String? { if case .string(let value) = self { value } else { nil } }
    var numbers: [Double]? { if case .numbers(let value) = self { value } else { nil } }
}

/// sacreBLEU's file reading for the parity data: lines split on `\n` only.
func lines(_ name: String) -> [String] {
    var parts = try! Fixtures.string(Fixtures.path("sacrebleu/" + name)).components(separatedBy: "\n")
    parts.removeLast()
    return parts
}

/// Relative equality to 1e-9 (absolute near zero).
func close(_ a: Double, _ b: Double) -> Bool {
    abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
}

/// sacreBLEU's signature with its version field, as drift writes it.
func driftSignature(_ sacrebleu: String) -> String {
    sacrebleu.replacingOccurrences(of: "version:2.6.0", with: "drift:\(DriftMetricsTestVersion.string)")
}

enum DriftMetricsTestVersion {
    static var string: String { Signature(referenceCount: 1, fields: []).fields.last!.value }
}

@Suite struct SacreBLEUParityTests {
    static func bleu(_ options: [String: JSONScalar], effectiveOrder: Bool) throws -> BLEU {
        let method =
            try options["smooth_method"]?.string.map { name throws -> BLEUSmoothing.Method in
                guard let method = BLEUSmoothing.Method(rawValue: name) else {
                    throw MetricError.unknownSmoothing(name)
                }
                return method
            } ?? .exp
        return BLEU(
            tokenizer: try BLEUTokenizer(name: options["tokenize"]?.string ?? "13a"),
            lowercase: options["lowercase"]?.bool ?? false,
            smoothing: BLEUSmoothing(method, value: options["smooth_value"]?.number),
            effectiveOrder: effectiveOrder)
    }

    static func chrf(_ options: [String: JSONScalar]) -> CHRF {
        CHRF(
            wordOrder: Int(options["word_order"]?.number ?? 0), lowercase: options["lowercase"]?.bool ?? false,
            whitespace: options["whitespace"]?.bool ?? false)
    }

    static func ter(_ options: [String: JSONScalar]) -> TER {
        TER(
            tokenizer: TercomTokenizer(
                normalized: options["normalized"]?.bool ?? false, noPunctuation: options["no_punct"]?.bool ?? false,
                asianSupport: options["asian_support"]?.bool ?? false,
                caseSensitive: options["case_sensitive"]?.bool ?? false))
    }

    private func check<M: CorpusMetric>(_ corpusMetric: M, sentenceMetric: M, _ example: ParityCase) -> M.Score {
        let hypotheses = lines(example.hypothesis)
        let references = example.references.map(lines)
        let score = corpusMetric.corpusScore(hypotheses: hypotheses, references: references)
        #expect(close(score.score, example.score), "corpus score \(score.score) != \(example.score)")
        #expect(score.formatted(width: 2) == example.formatted)
        #expect(
            corpusMetric.signature(referenceCount: references.count).description == driftSignature(example.signature))
        #expect(
            sentenceMetric.signature(referenceCount: references.count).description
                == driftSignature(example.sentenceSignature))
        for (index, expected) in example.sentenceScores.enumerated() {
            let sentence = sentenceMetric.sentenceScore(
                hypothesis: hypotheses[index], references: references.map { $0[index] })
            #expect(close(sentence.score, expected), "line \(index + 1): \(sentence.score) != \(expected)")
        }
        return score
    }

    @Test(arguments: ParityCase.all)
    func parity(_ example: ParityCase) throws {
        switch example.metric {
        case "bleu":
            let score = check(
                try Self.bleu(example.options, effectiveOrder: false),
                sentenceMetric: try Self.bleu(example.options, effectiveOrder: true), example)
            #expect(score.counts == example.details["counts"]?.numbers)
            #expect(score.totals == example.details["totals"]?.numbers)
            #expect(zip(score.precisions, example.details["precisions"]?.numbers ?? []).allSatisfy { close($0, $1) })
            #expect(close(score.brevityPenalty, example.details["bp"]?.number ?? -1))
            #expect(Double(score.hypothesisLength) == example.details["sys_len"]?.number)
            #expect(Double(score.referenceLength) == example.details["ref_len"]?.number)
        case "chrf":
            let metric = Self.chrf(example.options)
            let score = check(metric, sentenceMetric: metric, example)
            #expect(Double(score.wordOrder) == example.details["word_order"]?.number)
        case "ter":
            let metric = Self.ter(example.options)
            let score = check(metric, sentenceMetric: metric, example)
            #expect(score.edits == example.details["num_edits"]?.number)
            #expect(score.referenceLength == example.details["ref_length"]?.number)
        default:
            Issue.record("unknown metric \(example.metric)")
        }
    }
}
