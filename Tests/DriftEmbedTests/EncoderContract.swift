import Foundation
import Testing

@testable import DriftEmbed

/// What every encoder of DriftEmbed promises, checked on each: a sentence embeds alike alone
/// and in a batch, and calls from several threads share the work, each sentence encoded once.
enum EncoderContract {
    /// Each of `sentences` (the first repeated last) gets in one batch what it gets alone.
    static func batchesGiveWhatSingleSentencesGive(_ encoder: some SentenceEncoding, _ sentences: [String]) {
        let sentences = sentences + sentences.prefix(1)
        let together = encoder.embed(sentences)
        encoder.clearCache()
        for (sentence, vector) in zip(sentences, together) {
            let alone = encoder.embed(sentence)
            encoder.clearCache()
            #expect(zip(alone, vector).allSatisfy { abs($0 - $1) < 1e-5 })
        }
        #expect(together[0] == together.last)
    }

    /// Eight threads ask `shared` for overlapping windows of `sentences` of `window` each, the
    /// way a batch's workers ask for one reference with their own versions: each distinct
    /// sentence is encoded once (`encodedCount`), and each thread gets what `alone` gives.
    static func threadsShareTheWork<Encoder: SentenceEncoding>(
        _ shared: Encoder, alone: Encoder, _ sentences: [String], window: Int, encodedCount: (Encoder) -> Int
    ) {
        let requests = (0..<8).map { start in (0..<window).map { sentences[(start + $0) % sentences.count] } }
        let results = BatchResults(count: requests.count)
        DispatchQueue.concurrentPerform(iterations: requests.count) { index in
            results.store(shared.embed(requests[index]), at: index)
        }
        #expect(encodedCount(shared) == Set(requests.joined()).count)
        for (request, result) in zip(requests, results.values) {
            for (ours, single) in zip(result, alone.embed(request)) {
                #expect(zip(ours, single).allSatisfy { abs($0 - $1) < 1e-5 })
            }
        }
    }
}
