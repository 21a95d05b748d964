/// The number of edits (insertions, deletions, substitutions and block shifts) that turn a
/// hypothesis into a reference: sacreBLEU's `translation_edit_rate`, a near-exact port of
/// Tercom, reproduced step for step (beam, shift heuristics, candidate limits, tie-breaking).
enum TranslationEditRate {
    static let maximumShiftSize = 10
    static let maximumShiftDistance = 50
    static let beamWidth = 25
    static let maximumShiftCandidates = 1000

    /// Edits and reference length for word IDs of a hypothesis and a reference.
    static func edits(hypothesis: [Int32], reference: [Int32]) -> (edits: Int, referenceLength: Int) {
        if reference.isEmpty { return (hypothesis.count, 0) }
        var distance = BeamEditDistance(reference: reference, hypothesisLength: hypothesis.count)
        var shifts = 0
        var words = hypothesis
        var checked = 0
        while true {
            let (delta, shifted, newChecked) = bestShift(
                words, reference: reference, distance: &distance, checked: checked)
            checked = newChecked
            if checked >= maximumShiftCandidates || delta <= 0 { break }
            shifts += 1
            words = shifted
        }
        return (shifts + distance.base(words).distance, reference.count)
    }

    /// The shift that lowers the edit distance most, Tercom's way (sacreBLEU's `_shift`).
    private static func bestShift(
        _ words: [Int32], reference: [Int32], distance: inout BeamEditDistance, checked: Int
    ) -> (delta: Int, words: [Int32], checked: Int) {
        var checked = checked
        let (score, trace) = distance.base(words)
        let alignment = Alignment(flippedTrace: trace)
        var best: (delta: Int, length: Int, negativeStart: Int, negativeTarget: Int, words: [Int32])?

        pairs: for start in 0..<words.count {
            // Only reference positions within the shift distance: the others are never candidates
            // (none when the hypothesis is far longer than the reference).
            let first = max(0, start - maximumShiftDistance)
            for referenceStart in first..<max(first, min(reference.count, start + maximumShiftDistance + 1)) {
                var length = 0
                while words[start + length] == reference[referenceStart + length], length < maximumShiftSize {
                    length += 1
                    // One candidate family per matching run length.
                    if alignment.hypothesisErrors(start..<(start + length))
                        && alignment.referenceErrors(referenceStart..<(referenceStart + length))
                        && !(start..<(start + length)).contains(alignment.target[referenceStart])
                    {
                        var previousTarget = -1
                        for offset in -1..<length {
                            let target: Int
                            if referenceStart + offset == -1 {
                                target = 0
                            } else if referenceStart + offset < alignment.target.count {
                                target = alignment.target[referenceStart + offset] + 1
                            } else {
                                break
                            }
                            if target == previousTarget { continue }
                            previousTarget = target
                            let shifted = perform(words, start: start, length: length, target: target)
                            let candidate = (score - distance.distance(shifted), length, -start, -target, shifted)
                            checked += 1
                            if let current = best {
                                if (candidate.0, candidate.1, candidate.2, candidate.3)
                                    > (current.delta, current.length, current.negativeStart, current.negativeTarget)
                                {
                                    best = candidate
                                }
                            } else {
                                best = candidate
                            }
                        }
                        if checked >= maximumShiftCandidates { break pairs }
                    }
                    if words.count == start + length || reference.count == referenceStart + length { break }
                }
            }
        }
        guard let best else { return (0, words, checked) }
        return (best.delta, best.words, checked)
    }

    /// Moves `length` words from `start` to before position `target` (sacreBLEU's
    /// `_perform_shift`, with Python's clamped slices).
    static func perform(_ words: [Int32], start: Int, length: Int, target: Int) -> [Int32] {
        func slice(_ from: Int, _ to: Int) -> ArraySlice<Int32> {
            let lower = min(max(from, 0), words.count)
            return words[lower..<max(lower, min(to, words.count))]
        }
        if target < start {
            return Array(
                slice(0, target) + slice(start, start + length) + slice(target, start)
                    + slice(start + length, words.count))
        } else if target > start + length {
            return Array(
                slice(0, start) + slice(start + length, target) + slice(start, start + length)
                    + slice(target, words.count))
        } else {
            return Array(
                slice(0, start) + slice(start + length, length + target) + slice(start, start + length)
                    + slice(length + target, words.count))
        }
    }
}

/// sacreBLEU's `trace_to_alignment` on a flipped trace: where each reference word sits in the
/// hypothesis, and which words on either side are errors.
private struct Alignment {
    /// `target[r]`: the hypothesis position aligned with reference word `r`.
    var target: [Int] = []
    var referenceError: [Bool] = []
    var hypothesisError: [Bool] = []

    init(flippedTrace trace: [BeamEditDistance.Operation]) {
        var hypothesisPosition = -1
        for operation in trace {
            switch operation {
            case .match, .substitution:
                hypothesisPosition += 1
                target.append(hypothesisPosition)
                let error = operation == .substitution
                hypothesisError.append(error)
                referenceError.append(error)
            case .insertion:
                hypothesisPosition += 1
                hypothesisError.append(true)
            case .deletion:
                target.append(hypothesisPosition)
                referenceError.append(true)
            case .undefined:
                break
            }
        }
    }

    func hypothesisErrors(_ range: Range<Int>) -> Bool {
        hypothesisError[clamped(range, hypothesisError.count)].contains(true)
    }
    func referenceErrors(_ range: Range<Int>) -> Bool {
        referenceError[clamped(range, referenceError.count)].contains(true)
    }

    private func clamped(_ range: Range<Int>, _ count: Int) -> Range<Int> {
        min(range.lowerBound, count)..<min(range.upperBound, count)
    }
}
