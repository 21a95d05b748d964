import DriftKit
import DriftTestSupport
import DriftText
import Testing

/// The judge reads French, German, Spanish and Chinese with their own lexicons: a negation
/// lost, a day, a direction of change or a number replaced is a changed meaning, and what the
/// language allows (German "ist, ist es") is no garble.
@Suite struct OtherLanguagesTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let language: String
        let reference: String
        let version: String
        let evidence: String
        var testDescription: String { "\(language): \(evidence)" }
    }

    static let meaningEdits: [Example] = [
        Example(
            language: "fr", reference: "« Nous ne reculerons pas devant la menace », a déclaré le ministre.",
            version: "« Nous reculerons devant la menace », a déclaré le ministre.", evidence: "negation: lost “ne pas”"
        ),
        Example(
            language: "fr", reference: "La réunion aura lieu mardi à Paris.",
            version: "La réunion aura lieu mercredi à Paris.", evidence: "date: mardi → mercredi"),
        Example(
            language: "fr", reference: "Les prix ont baissé de 3 % en mars.",
            version: "Les prix ont augmenté de 3 % en mars.", evidence: "antonym: baissé → augmenté"),
        Example(
            language: "fr", reference: "Le taux est passé à 2,5 % en juin.",
            version: "Le taux est passé à 25 % en juin.", evidence: "number: 2,5% → 25%"),
        Example(
            language: "de", reference: "Die Regierung wird den Plan nicht ändern.",
            version: "Die Regierung wird den Plan ändern.", evidence: "negation: lost “nicht”"),
        Example(
            language: "de", reference: "Die Arbeitslosigkeit ist im Mai gestiegen.",
            version: "Die Arbeitslosigkeit ist im Mai gesunken.", evidence: "antonym: gestiegen → gesunken"),
        Example(
            language: "de", reference: "Das Treffen findet am Montag statt.",
            version: "Das Treffen findet am Freitag statt.", evidence: "date: Montag → Freitag"),
        // A word alone in the place of another, that nothing relates to it, says something else.
        Example(
            language: "de", reference: "Die Polizei hat drei Männer festgenommen.",
            version: "Die Polizei hat drei Frauen festgenommen.", evidence: "other meaning: Männer → Frauen"),
        Example(
            language: "de", reference: "Die Polizei hat drei Männer festgenommen.",
            version: "Die Polizei hat drei Männer freigelassen.",
            evidence: "other meaning: festgenommen → freigelassen"),
        Example(
            language: "fr", reference: "Le gouvernement a approuvé le plan lundi.",
            version: "Le gouvernement a approuvé le budget lundi.", evidence: "other meaning: plan → budget"),
        // Where every noun has a capital, WordNet's names mark the names.
        Example(
            language: "de", reference: "Die Kanzlerin traf den Präsidenten am Montag in Berlin.",
            version: "Die Kanzlerin traf den Präsidenten am Montag in Hamburg.", evidence: "name: Berlin → Hamburg"),
        Example(
            language: "de", reference: "Der Mann las ein Buch über Einstein und seine Theorie.",
            version: "Der Mann las ein Buch über Darwin und seine Theorie.", evidence: "name: Einstein → Darwin"),
        Example(
            language: "es", reference: "El gobierno no aprobará la ley este año.",
            version: "El gobierno aprobará la ley este año.", evidence: "negation: lost “no”"),
        Example(
            language: "es", reference: "Las ventas subieron un 4 % en abril.",
            version: "Las ventas bajaron un 4 % en abril.", evidence: "antonym: subieron → bajaron"),
        Example(
            language: "zh", reference: "政府不会改变这个计划。", version: "政府会改变这个计划。", evidence: "negation: lost"),
        // Words the lexicon spells with accents, as written: the token's folded key drops them.
        Example(
            language: "es", reference: "La reunión será el martes en Madrid.",
            version: "La reunión será el miércoles en Madrid.", evidence: "date: martes → miércoles"),
        Example(
            language: "es", reference: "Murieron dos personas en el incendio.",
            version: "Murieron doce personas en el incendio.", evidence: "number: dos → doce"),
        Example(
            language: "fr", reference: "Le prix est plus élevé que l'an dernier.",
            version: "Le prix est moins élevé que l'an dernier.", evidence: "antonym: plus → moins"),
        Example(
            language: "fr", reference: "Il n'est plus à Paris depuis mardi.", version: "Il est à Paris depuis mardi.",
            evidence: "negation: lost"),
        Example(
            language: "it", reference: "Il governo non approverà la legge.", version: "Il governo approverà la legge.",
            evidence: "negation: lost “non”"),
        Example(
            language: "it", reference: "La riunione si terrà martedì a Roma.",
            version: "La riunione si terrà giovedì a Roma.", evidence: "date: martedì → giovedì"),
        Example(
            language: "it", reference: "I prezzi sono aumentati del 3 per cento.",
            version: "I prezzi sono diminuiti del 3 per cento.", evidence: "antonym: aumentati → diminuiti"),
        Example(
            language: "pt", reference: "O governo não aprovou a lei.", version: "O governo aprovou a lei.",
            evidence: "negation: lost “não”"),
        Example(
            language: "pt", reference: "As vendas caíram 2,5 % em março.", version: "As vendas caíram 25 % em março.",
            evidence: "number: 2,5% → 25%"),
        Example(
            language: "nl", reference: "De regering heeft het plan niet goedgekeurd.",
            version: "De regering heeft het plan goedgekeurd.", evidence: "negation: lost “niet”"),
        Example(
            language: "nl", reference: "De prijzen zijn in mei gestegen.", version: "De prijzen zijn in mei gedaald.",
            evidence: "antonym: gestegen → gedaald"),
        Example(
            language: "es", reference: "La inflación es más alta que el año pasado.",
            version: "La inflación es menos alta que el año pasado.", evidence: "antonym: más → menos"),
        // Russian declines its days and months: "во вторник", "в среду", "5 января".
        Example(
            language: "ru", reference: "Комитет соберётся во вторник в Москве.",
            version: "Комитет соберётся в среду в Москве.", evidence: "date: вторник → среду"),
        Example(
            language: "ru", reference: "Закон вступит в силу 5 января.", version: "Закон вступит в силу 5 марта.",
            evidence: "date: января → марта"),
        Example(
            language: "ru", reference: "Правительство не одобрило этот план.",
            version: "Правительство одобрило этот план.", evidence: "negation: lost “не”"),
        Example(
            language: "ru", reference: "Цены выросли на 2,5 процента.", version: "Цены упали на 2,5 процента.",
            evidence: "antonym: выросли → упали"),
        // Chinese numerals and days are composed of characters.
        Example(
            language: "zh", reference: "会议将在星期二举行。", version: "会议将在星期三举行。", evidence: "date: 星期二 → 星期三"),
        Example(
            language: "zh", reference: "三人在事故中受伤。", version: "十三人在事故中受伤。", evidence: "number: 三人 → 十三"),
    ]

    /// Reported speech in German and French: the subjunctive or conditional is the report's
    /// mood, and "selon" attributes as "a déclaré" does.
    @Test(arguments: [
        (
            "de", "Der Minister sagte, dass die Gespräche fortgesetzt werden.",
            "Der Minister erklärte, die Gespräche würden fortgesetzt."
        ),
        (
            "fr", "Le ministre a déclaré que les discussions se poursuivraient.",
            "Selon le ministre, les discussions vont se poursuivre."
        ),
    ])
    func reportedSpeechIsNoChange(_ code: String, _ reference: String, _ version: String) throws {
        let judge = try PairJudge(wordNet: TestWordNet.shared, language: try #require(Language.named(code)))
        let judgement = judge.judge(reference: reference, candidate: version)
        #expect(judgement.label != .changed, "\(judgement.evidence)")
    }

    @Test(arguments: meaningEdits)
    func aMeaningEditIsChanged(_ example: Example) throws {
        let language = try #require(Language.named(example.language))
        let judge = try PairJudge(wordNet: TestWordNet.shared, language: language)
        let judgement = judge.judge(reference: example.reference, candidate: example.version)
        #expect(judgement.label == .changed, "\(judgement.evidence)")
        #expect(judgement.evidence.contains { $0.description.hasPrefix(example.evidence) }, "\(judgement.evidence)")
    }

    /// The language is told from the reference when none is given.
    @Test func theComparisonReadsTheDetectedLanguage() throws {
        let reference = Document(path: "ref.txt", string: "La réunion aura lieu mardi à Paris, a précisé le ministère.")
        let version = Document(
            path: "ver.txt", string: "La réunion aura lieu mercredi à Paris, a précisé le ministère.")
        let language = LanguageDetector().language(of: reference.text.string)
        #expect(language.code == "fr")
        let comparison = try Comparison(language: language.code, wordNet: TestWordNet.shared)
        let report = comparison.compare(reference: reference, versions: [version])
        let findings = report.versions[0].findings
        #expect(findings.contains { $0.check == .numberMismatch && $0.message.contains("mercredi") })
        #expect(report.versions[0].links.map(\.label) == [.changed])
    }

    /// A compound and its head, or two forms of one word, are no other meaning.
    @Test func aCompoundIsNoOtherMeaning() throws {
        let judge = try PairJudge(wordNet: TestWordNet.shared, language: try #require(Language.named("de")))
        let judgement = judge.judge(
            reference: "Die Regierung hat den Plan am Montag gebilligt.",
            candidate: "Die Regierung hat den Regierungsplan am Montag gebilligt.")
        #expect(!judgement.evidence.contains { $0.replacementKind == .otherMeaning }, "\(judgement.evidence)")
    }

    /// A German noun is no name because WordNet names someone by it: "Sterne" (stars) is
    /// inflected, "Land" is first of all the ground.
    @Test func germanNounsThatWordNetAlsoNamesAreNoNames() throws {
        let judge = try PairJudge(wordNet: TestWordNet.shared, language: try #require(Language.named("de")))
        for (reference, version) in [
            ("Wir sahen die Sterne am Himmel.", "Wir sahen die Planeten am Himmel."),
            ("Das Land hat viele Probleme mit der Wirtschaft.", "Der Staat hat viele Probleme mit der Wirtschaft."),
        ] {
            let judgement = judge.judge(reference: reference, candidate: version)
            #expect(!judgement.evidence.contains { $0.replacementKind == .name }, "\(judgement.evidence)")
        }
    }

    /// Doubled words that German grammar allows are neither a slip nor garble; WordNet's
    /// English is not applied to German words ("foreign word").
    @Test func germanRepetitionsAreNotGarble() throws {
        let judge = try PairJudge(wordNet: TestWordNet.shared, language: try #require(Language.named("de")))
        let spoken = judge.judge(
            reference: "Das Problem ist nicht, dass wir zu wenig Geld haben.",
            candidate: "Das Problem ist, ist es nicht, dass wir zu wenig Geld haben.")
        #expect(spoken.label != .garbled && spoken.label != .changed, "\(spoken.evidence)")
        let relative = judge.judge(
            reference: "Sie sagte, dass die Kinder, die die Schule besuchen, Hilfe brauchen.",
            candidate: "Sie sagte, dass die Kinder, die die Schule besuchen, Unterstützung brauchen.")
        #expect(relative.label != .garbled)
        #expect(!relative.evidence.contains { $0.description.hasPrefix("foreign word") })
        #expect(judge.garbleCues(in: "Wir wissen, dass die die Regeln kennen.").isEmpty)
        #expect(judge.garbleCues(in: "Das Haus Haus ist alt.") == ["haus"])
    }
}
