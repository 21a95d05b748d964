/// Output formats of `drift score`.
enum ScoreFormat: String, Sendable, CaseIterable {
    /// sacreBLEU's text lines (`BLEU|<signature> = 28.7 …`), or a table for several systems.
    case text
    /// sacreBLEU's JSON (`sacrebleu --format json`); JSON Lines at sentence level.
    case json
}
