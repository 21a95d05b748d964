import DriftTestSupport
import DriftText
import Testing

/// A sentence-segmentation rule: an input and the sentences it must give.
struct SegmentationCase: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let sentences: [String]

    var testDescription: String { name }
}

private let cases: [SegmentationCase] = [
    // Abbreviations and initialisms stay whole.
    .init(
        name: "U.S.-led", input: "Forces of the U.S.-led coalition struck. Officials confirmed it.",
        sentences: ["Forces of the U.S.-led coalition struck.", "Officials confirmed it."]),
    .init(
        name: "U.S. at the start of a sentence", input: "It ended globally. U.S. President Trump confirmed it.",
        sentences: ["It ended globally.", "U.S. President Trump confirmed it."]),
    .init(
        name: "Mr. and Dr.", input: "Mr. Smith met Dr. Jones. They talked.",
        sentences: ["Mr. Smith met Dr. Jones.", "They talked."]),
    .init(
        name: "titles", input: "Gen. Mark Milley and Sen. Warren spoke. Then they left.",
        sentences: ["Gen. Mark Milley and Sen. Warren spoke.", "Then they left."]),
    .init(
        name: "month before a number", input: "It happened on Jan. 5 in Baghdad. Nobody was hurt.",
        sentences: ["It happened on Jan. 5 in Baghdad.", "Nobody was hurt."]),
    .init(
        name: "No. 2", input: "He was the group's No. 2 leader. He died.",
        sentences: ["He was the group's No. 2 leader.", "He died."]),
    .init(
        name: "initials", input: "John F. Kennedy spoke. It was brief.",
        sentences: ["John F. Kennedy spoke.", "It was brief."]),
    .init(
        name: "the pronoun I ends a sentence", input: "There is a kinsman nearer than I. Tarry this night.",
        sentences: ["There is a kinsman nearer than I.", "Tarry this night."]),
    .init(
        name: "a regnal I is an initial", input: "He met Charles I. Smith in London.",
        sentences: ["He met Charles I. Smith in London."]),
    .init(
        name: "e.g. and decimals", input: "Prices rose 3.5 percent, e.g. for bread. Wages did not.",
        sentences: ["Prices rose 3.5 percent, e.g. for bread.", "Wages did not."]),
    // An initialism or a time before a sentence opener ends a sentence; before a name it does not.
    .init(
        name: "p.m. before a pronoun", input: "They met at 5 p.m. They talked for an hour.",
        sentences: ["They met at 5 p.m.", "They talked for an hour."]),
    .init(
        name: "a.m. before a pronoun", input: "They met at 9 a.m. They talked for an hour.",
        sentences: ["They met at 9 a.m.", "They talked for an hour."]),
    .init(
        name: "p.m. before a time zone", input: "They met at 5 p.m. Eastern time. It was late.",
        sentences: ["They met at 5 p.m. Eastern time.", "It was late."]),
    .init(
        name: "p.m. before ET", input: "The polls close at 8 p.m. ET tonight.",
        sentences: ["The polls close at 8 p.m. ET tonight."]),
    .init(
        name: "U.S. before a sentence adverb", input: "He moved to the U.S. Last year he left.",
        sentences: ["He moved to the U.S.", "Last year he left."]),
    .init(
        name: "U.S. Army", input: "He joined the U.S. Army in 2001.",
        sentences: ["He joined the U.S. Army in 2001."]),
    .init(
        name: "U.S. before a title and a name", input: "He met U.S. President Trump on Monday.",
        sentences: ["He met U.S. President Trump on Monday."]),
    .init(
        name: "U.S. before No. 2", input: "He is the U.S. No. 2 diplomat.",
        sentences: ["He is the U.S. No. 2 diplomat."]),
    .init(
        name: "e.g. never ends a sentence", input: "Some fruit, e.g. The Pink Lady apple, is sweet.",
        sentences: ["Some fruit, e.g. The Pink Lady apple, is sweet."]),
    // Quotes continued in lower case.
    .init(
        name: "exclamation in quotes, then lower case", input: "“Peace through power!” posted by Trump. He left.",
        sentences: ["“Peace through power!” posted by Trump.", "He left."]),
    .init(
        name: "question in straight quotes, then lower case", input: "\"Why now?\" asked the minister. Nobody knew.",
        sentences: ["\"Why now?\" asked the minister.", "Nobody knew."]),
    .init(
        name: "attribution after a dash", input: "\"PEACE THROUGH STRENGTH!\" – Trump wrote. Then he left.",
        sentences: ["\"PEACE THROUGH STRENGTH!\" – Trump wrote.", "Then he left."]),
    .init(
        name: "quote closes a sentence", input: "He said, “We won.” The crowd cheered.",
        sentences: ["He said, “We won.”", "The crowd cheered."]),
    // Line breaks.
    .init(
        name: "headline without a stop", input: "US confirms death of ISIS leader\nThe US President spoke.",
        sentences: ["US confirms death of ISIS leader", "The US President spoke."]),
    .init(
        name: "list items", input: "What do you need to know?\n- Slain leader: Abdallah Maki\n- Future: unclear",
        sentences: ["What do you need to know?", "- Slain leader: Abdallah Maki", "- Future: unclear"]),
    .init(
        name: "byline and blank lines", input: "By Jane Doe\n\n\nThe story begins here.",
        sentences: ["By Jane Doe", "The story begins here."]),
    .init(
        name: "line break never joined", input: "Posted by\ntrump supporters online.",
        sentences: ["Posted by", "trump supporters online."]),
    // Chinese quotation marks and brackets: an opening one starts the next sentence.
    .init(
        name: "Chinese quotes", input: "他说：“我们会赢。”“这是真的。”他补充道。",
        sentences: ["他说：“我们会赢。”", "“这是真的。”", "他补充道。"]),
    .init(
        name: "Chinese corner brackets", input: "他走了。「下一句。」好。",
        sentences: ["他走了。", "「下一句。」", "好。"]),
    .init(
        name: "opening quote after an exclamation", input: "Wait!“No,” he said.",
        sentences: ["Wait!", "“No,” he said."]),
    .init(
        name: "German closing quote", input: "Er sagte: „Wir gewinnen.“ Dann ging er.",
        sentences: ["Er sagte: „Wir gewinnen.“", "Dann ging er."]),
    // Glued sentences.
    .init(
        name: "glued after a full stop", input: "It involved coalition forces.The Iraqi government agreed.",
        sentences: ["It involved coalition forces.", "The Iraqi government agreed."]),
    .init(
        name: "glued after a year", input: "It ends in September 2025.The troops leave.",
        sentences: ["It ends in September 2025.", "The troops leave."]),
    .init(
        name: "glued web address", input: "Original Source: www.military.comUS confirms death of ISIS leader",
        sentences: ["Original Source: www.military.com", "US confirms death of ISIS leader"]),
    .init(
        name: "glued after a closing quote", input: "He said “enough.”Then he left.",
        sentences: ["He said “enough.”", "Then he left."]),
    .init(
        name: "example.com and .NET stay whole", input: "See example.com or .NET and ASP.NET today. Done.",
        sentences: ["See example.com or .NET and ASP.NET today.", "Done."]),
    .init(
        name: "U.S. glued to nothing", input: "He flew to the U.S.Then he rested.",
        sentences: ["He flew to the U.S.Then he rested."]),
    // Quotes, brackets, ellipses and white space.
    .init(
        name: "brackets stay", input: "The group (ISIS) was weakened. (It says so.) Fine.",
        sentences: ["The group (ISIS) was weakened.", "(It says so.)", "Fine."]),
    .init(
        name: "ellipsis continued in lower case", input: "He paused... then spoke. It was late.",
        sentences: ["He paused... then spoke.", "It was late."]),
    .init(
        name: "unicode ellipsis", input: "He paused… Then he spoke.",
        sentences: ["He paused…", "Then he spoke."]),
    .init(
        name: "spaces, tabs and NBSP", input: "  First one.\t\tSecond\u{A0}one.  \u{A0}Third one.  ",
        sentences: ["First one.", "Second\u{A0}one.", "Third one."]),
    .init(
        name: "CRLF", input: "Headline\r\nFirst one. Second one.\r\n",
        sentences: ["Headline", "First one.", "Second one."]),
    .init(
        name: "line and paragraph separators", input: "One\u{2028}Two\u{2029}Three",
        sentences: ["One", "Two", "Three"]),
    .init(
        name: "astral characters", input: "I like 😀 a lot. 𝐁old move.",
        sentences: ["I like 😀 a lot.", "𝐁old move."]),
]

/// Clauses that end with an initialism or a time, each a sentence of its own.
private let initialismEndings = [
    "He moved to the U.S.", "Talks stalled at the U.N.", "She studied in the U.K.", "Trade with the E.U.",
    "They met at 5 p.m.", "The store opens at 9 a.m.", "The vote ended at 10 P.M.",
]

/// Sentences that start with a sentence opener, so they never continue an initialism.
private let openerSentences = [
    "Last year he left.", "They talked for an hour.", "The talks failed.", "However, nothing changed.",
    "In 2020, prices rose.", "It was late.", "But nobody came.", "Yesterday’s vote passed.",
]

/// Words after an initialism that continue its sentence: names, titles and numbers.
private let continuations = [
    "Army officers spoke.", "President Trump spoke.", "Eastern time is late.", "ET is late.",
    "No. 2 official left.", "Monday was busy.", "Navy ships sailed.", "2020 was hard.",
]

/// Chinese sentences that open and close with quotation marks or brackets.
private let quotedChineseSentences = ["“这是真的。”", "「下一句。」", "『好』。", "《红楼梦》很好。", "“我们会赢！”"]

/// Rules of other languages, each read with its language's segmenter (`Segmenter(language:)`).
private let casesInOtherLanguages: [(String, SegmentationCase)] = [
    (
        "de",
        .init(
            name: "German ordinal dates and spaced abbreviations",
            input: "Am 3. Oktober traf sich Dr. Müller mit Prof. Schmidt, z. B. in Berlin. Sie sprachen lange.",
            sentences: [
                "Am 3. Oktober traf sich Dr. Müller mit Prof. Schmidt, z. B. in Berlin.", "Sie sprachen lange.",
            ])
    ),
    (
        "de",
        .init(
            name: "German ordinals after an article; a number ending a sentence",
            input: "Der 2. Weltkrieg endete 1945. Es kamen 3. Dann gingen alle.",
            sentences: ["Der 2. Weltkrieg endete 1945.", "Es kamen 3.", "Dann gingen alle."])
    ),
    (
        "es",
        .init(
            name: "Spanish titles and a spaced time",
            input: "El Sr. García llegó a las 5 p. m. Habló con la Dra. López.",
            sentences: ["El Sr. García llegó a las 5 p. m.", "Habló con la Dra. López."])
    ),
    (
        "fr",
        .init(
            name: "French Monsieur and Madame", input: "M. Macron a rencontré Mme Merkel. Ils ont parlé.",
            sentences: ["M. Macron a rencontré Mme Merkel.", "Ils ont parlé."])
    ),
]

@Suite struct SegmenterTests {
    @Test(arguments: casesInOtherLanguages)
    func ruleInAnotherLanguage(_ code: String, _ example: SegmentationCase) throws {
        let text = Text(example.input)
        let segmenter = try Segmenter(language: try #require(Language.named(code)))
        #expect(segmenter.sentences(in: text).map { text[$0.range] } == example.sentences)
    }

    @Test(arguments: cases)
    func rule(_ example: SegmentationCase) throws {
        let text = Text(example.input)
        let sentences = try Segmenter().sentences(in: text)
        #expect(sentences.map { text[$0.range] } == example.sentences)
        #expect(sentences.map(\.index) == Array(sentences.indices))
    }

    /// An initialism or a time before a sentence opener ends its sentence.
    @Test(arguments: initialismEndings, openerSentences)
    func initialismBeforeOpener(_ ending: String, _ opener: String) throws {
        let text = Text(ending + " " + opener)
        #expect(try Segmenter().sentences(in: text).map { text[$0.range] } == [ending, opener])
    }

    /// An initialism or a time before a name, a title or a number does not end its sentence.
    @Test(arguments: initialismEndings, continuations)
    func initialismBeforeName(_ ending: String, _ continuation: String) throws {
        let text = Text(ending + " " + continuation)
        #expect(try Segmenter().sentences(in: text).map { text[$0.range] } == [text.string])
    }

    /// An opening quotation mark or bracket after a Chinese full stop starts the next sentence;
    /// the closing one stays with the sentence it closes.
    @Test(arguments: ["他说：“我们会赢。”", "他走了。", "他说：「好。」", "真的吗？"], quotedChineseSentences)
    func chineseQuotes(_ first: String, _ second: String) throws {
        let text = Text(first + second + "他补充道。")
        #expect(try Segmenter().sentences(in: text).map { text[$0.range] } == [first, second, "他补充道。"])
    }

    @Test(arguments: Fixtures.seedNames)
    func seed(_ name: String) throws {
        let text = Text(try Fixtures.string(Fixtures.seed(name)))
        let expected = try Fixtures.string(Fixtures.path("segmentation/" + name.replacing(".txt", with: ".tsv")))
            .split(separator: "\n").map { line in
                let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                return (Int(fields[0])!, Int(fields[1])!, String(fields[2]))
            }
        let sentences = try Segmenter().sentences(in: text)
        #expect(sentences.count == expected.count)
        for (sentence, (start, end, sentenceText)) in zip(sentences, expected) {
            #expect(sentence.range == start..<end)
            #expect(text[sentence.range] == sentenceText)
        }
    }

    @Test func doneWhen() throws {
        let segmenter = try Segmenter()
        let source = Text(try Fixtures.string(Fixtures.seed("003_9460cee746a1b6c2.txt")))
        #expect(segmenter.sentences(in: source).last.map { source[$0.range] } == "Original Source: www.military.com")

        let reference = Text(try Fixtures.string(Fixtures.seed("002_afb0eaf99028a645.txt")))
        for sentence in segmenter.sentences(in: reference) {
            #expect(!reference[sentence.range].hasPrefix("-led"))
            #expect(!reference[sentence.range].hasSuffix("U.S."))
        }

        let garbled = Text(try Fixtures.string(Fixtures.seed("001_7405a5fede031660.txt")))
        #expect(
            segmenter.sentences(in: garbled).map { garbled[$0.range] }.contains(
                "“Peace through power!” posted by Trump."))
    }

    @Test func segmenterIsReusable() throws {
        let segmenter = try Segmenter()
        let first = Text("One. Two.")
        let second = Text("Three. Four. Five.")
        #expect(segmenter.sentences(in: first).count == 2)
        #expect(segmenter.sentences(in: second).count == 3)
        #expect(segmenter.sentences(in: first).count == 2)
    }
}
