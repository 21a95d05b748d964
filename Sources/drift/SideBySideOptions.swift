import ArgumentParser

/// The options `drift align` and `drift compare` share: how texts are matched, and how the
/// side-by-side text looks.
struct SideBySideOptions: ParsableArguments {
    @OptionGroup var layout: TextLayoutOptions

    @Option(help: "Snowball stemmer language for matching words (english, german, french, …).")
    var language = "english"
}
