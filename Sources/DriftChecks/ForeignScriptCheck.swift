import DriftText

/// Flags words in another script than the text's own (the script of most of its words):
/// Arabic or Cyrillic left in an English translation, untranslated. A run of three words or
/// more is major; one or two words (a name given in its own script) minor. Han, Hiragana,
/// Katakana and Hangul count as one writing system, as Japanese and Korean text mix them.
public struct ForeignScriptCheck: Check {
    public let id = CheckID.foreignScript
    public let needsReference = false

    public init() {}

    public func findings(in context: CheckContext) -> [Finding] {
        let document = context.document
        let tokens = document.segmented.tokens
        let words = tokens.indices.filter { tokens[$0].kind == .word }
        let scripts = words.map { Self.script(of: document.text.scalars[tokens[$0].range]) }
        var counts: [String: Int] = [:]
        for script in scripts.compactMap({ $0 }) { counts[Self.system(script), default: 0] += 1 }
        guard let main = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key,
            let mainName = scripts.first(where: { $0.map(Self.system) == main })??.name
        else { return [] }
        var findings: [Finding] = []
        var start = 0
        while start < words.count {
            guard let script = scripts[start], Self.system(script) != main else {
                start += 1
                continue
            }
            var end = start + 1
            while end < words.count, let next = scripts[end], Self.system(next) == Self.system(script) { end += 1 }
            let span = tokens[words[start]].range.lowerBound..<tokens[words[end - 1]].range.upperBound
            let count = end - start
            findings.append(
                Finding(
                    check: id, category: .nonTranslation, severity: count >= 3 ? .major : .minor, span: span,
                    message:
                        "\(count == 1 ? "A word" : "\(count) words") in \(script.name) script in a \(mainName) text: untranslated?"
                ))
            start = end
        }
        return findings
    }

    /// The script of a word's letters, nil when they are only of shared scripts.
    private static func script(of scalars: ArraySlice<Unicode.Scalar>) -> Script? {
        scalars.lazy.filter(\.properties.isAlphabetic).map(Script.init(of:)).first { !$0.isShared }
    }

    /// The writing system a script belongs to.
    private static func system(_ script: Script) -> String {
        ["Hani", "Hira", "Kana", "Hang", "Hrkt", "Bopo"].contains(script.shortName) ? "CJK" : script.shortName
    }
}
