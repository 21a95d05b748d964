import ArgumentParser
import DriftKit
import DriftText

/// The options `drift align` and `drift compare` share: how texts are matched, and how the
/// side-by-side text looks.
struct SideBySideOptions: ParsableArguments {
    @OptionGroup var layout: TextLayoutOptions

    @Option(
        help: """
            The documents' language: auto (detected from the reference), a code (en, de, fr, es, \
            zh, …) or a Snowball stemmer's name (english, german, …).
            """)
    var language = "auto"

    /// The language of the documents, whose first is the reference.
    ///
    /// - Throws: `ValidationError` for a language drift cannot read.
    func language(of documents: [Document]) throws -> Language {
        try Self.language(language, of: documents.first?.text.string ?? "")
    }

    /// The language `name` gives, or for `auto` the language of `text`.
    ///
    /// - Throws: `ValidationError` for a language drift cannot read.
    static func language(_ name: String, of text: @autoclosure () -> String) throws -> Language {
        guard let language = LanguageDetector().language(named: name, orOf: text()) else {
            throw ValidationError(
                "unknown language '\(name)': give auto, a code such as en, de, fr, es or zh, or one of "
                    + Stemmer.availableLanguages.joined(separator: ", "))
        }
        return language
    }
}
