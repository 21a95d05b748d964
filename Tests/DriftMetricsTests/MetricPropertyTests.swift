import DriftMetrics
import PropertyBased
import Testing

private let vocabulary: [String] = [
    "the", "The", "minister", "resigned", "on", "Friday", ",", ".", "3.5", "$1,200", "U.S.-led", "Straße", "İstanbul",
    "naïve", "(done)", "“quoted”", "don't", "中国", "😀", "a", "b", "-", "said", "not",
]
private let sentence = Gen<String?>.element(of: vocabulary).array(of: 4...14).map {
    $0.compactMap { $0 }.joined(separator: " ")
}
private let corpus = sentence.array(of: 1...6)

private let metrics: [any CorpusMetric] = [
    BLEU(), BLEU(tokenizer: .intl, lowercase: true), BLEU(tokenizer: .char), CHRF(), CHRF(wordOrder: 2), TER(),
    TER(tokenizer: TercomTokenizer(normalized: true, caseSensitive: true)),
]

private func corpusScore(_ metric: any CorpusMetric, _ hypotheses: [String], _ references: [[String]]) -> Double {
    metric.corpusScore(hypotheses: hypotheses, references: references).score
}

@Suite struct MetricPropertyTests {
    @Test func identicalHypothesisIsPerfect() async {
        await propertyCheck(count: 60, input: corpus) { segments in
            #expect(abs(BLEU().corpusScore(hypotheses: segments, references: [segments]).score - 100) < 1e-9)
            #expect(abs(CHRF().corpusScore(hypotheses: segments, references: [segments]).score - 100) < 1e-9)
            #expect(
                abs(CHRF(wordOrder: 2).corpusScore(hypotheses: segments, references: [segments]).score - 100) < 1e-9)
            #expect(TER().corpusScore(hypotheses: segments, references: [segments]).score == 0)
        }
    }

    @Test func corpusScoreIgnoresSegmentOrder() async {
        await propertyCheck(count: 40, input: corpus, corpus) { hypotheses, references in
            let count = min(hypotheses.count, references.count)
            let hypotheses = Array(hypotheses.prefix(count))
            let references = Array(references.prefix(count))
            for metric in metrics {
                let forward = corpusScore(metric, hypotheses, [references])
                let backward = corpusScore(metric, hypotheses.reversed(), [references.reversed()])
                #expect(abs(forward - backward) <= 1e-9 * max(1, abs(forward)))
            }
        }
    }

    @Test func aRepeatedReferenceChangesNothing() async {
        await propertyCheck(count: 40, input: corpus, corpus) { hypotheses, references in
            let count = min(hypotheses.count, references.count)
            let hypotheses = Array(hypotheses.prefix(count))
            let references = Array(references.prefix(count))
            for metric in metrics {
                let once = corpusScore(metric, hypotheses, [references])
                let twice = corpusScore(metric, hypotheses, [references, references])
                #expect(abs(once - twice) <= 1e-9 * max(1, abs(once)))
            }
        }
    }

    @Test func sentenceScoresStayInRange() async {
        await propertyCheck(count: 60, input: sentence, sentence) { hypothesis, reference in
            for metric in metrics {
                let score = metric.sentenceScore(hypothesis: hypothesis, references: [reference]).score
                #expect(score >= 0)
                if !(metric is TER) { #expect(score <= 100 + 1e-9) }
            }
        }
    }
}
