import DriftText
import Testing

/// Languages told from text: by script, and among Latin-script languages by their function
/// words and letters.
@Suite struct LanguageDetectorTests {
    static let sentences: [(String, String)] = [
        ("en", "The committee said on Tuesday that the new rules would take effect next year."),
        ("de", "Der Ausschuss teilte am Dienstag mit, dass die neuen Regeln im nächsten Jahr gelten sollen."),
        ("fr", "Le comité a indiqué mardi que les nouvelles règles entreront en vigueur l'an prochain."),
        ("es", "El comité dijo el martes que las nuevas normas entrarán en vigor el próximo año."),
        ("it", "Il comitato ha detto martedì che le nuove regole entreranno in vigore il prossimo anno."),
        ("pt", "O comitê disse na terça-feira que as novas regras entrarão em vigor no próximo ano."),
        ("nl", "Het comité zei dinsdag dat de nieuwe regels volgend jaar van kracht worden."),
        ("zh", "委员会周二表示，新规定将于明年生效。"),
        ("ja", "委員会は火曜日、新しい規則は来年施行されると述べた。"),
        ("ko", "위원회는 화요일 새 규정이 내년에 시행될 것이라고 밝혔다."),
        ("ru", "Комитет заявил во вторник, что новые правила вступят в силу в следующем году."),
        ("ar", "قالت اللجنة يوم الثلاثاء إن القواعد الجديدة ستدخل حيز التنفيذ العام المقبل."),
        ("el", "Η επιτροπή δήλωσε την Τρίτη ότι οι νέοι κανόνες θα τεθούν σε ισχύ του χρόνου."),
        ("he", "הוועדה אמרה ביום שלישי כי הכללים החדשים ייכנסו לתוקף בשנה הבאה."),
        ("hi", "समिति ने मंगलवार को कहा कि नए नियम अगले साल लागू होंगे।"),
    ]

    @Test(arguments: sentences)
    func aSentenceTellsItsLanguage(_ code: String, _ sentence: String) {
        #expect(LanguageDetector().language(of: sentence).code == code)
    }

    /// Short texts and texts without words fall back to English, never to a language picked
    /// at random among equals.
    @Test func tiesAndEmptyTextsAreEnglish() {
        let detector = LanguageDetector()
        #expect(detector.language(of: "").code == "en")
        #expect(detector.language(of: "12 345 — 67 %").code == "en")
        #expect(detector.language(of: "OK").code == "en")
        // "de" and "en" are Dutch words too; French letters and "les" decide.
        #expect(detector.language(of: "Les prix ont baissé de 3 % en mars.").code == "fr")
        // English headlines that share a word or two with another language stay English.
        for headline in [
            "Obama urges no new sanctions on Iran", "Spanish jobless rate soars past 25 per cent",
            "My son didn't become potty trained until about his 4th birthday.",
            "No radiation leak at Iran's nuclear plant",
        ] {
            #expect(detector.language(of: headline).code == "en", "\(headline)")
        }
        // A short German line has one function word and none of English's.
        #expect(detector.language(of: "So funktioniert die Evolution.").code == "de")
        #expect(detector.language(of: "Die meisten Bienen sehen kein rot.").code == "de")
    }

    @Test func namesCodesAndStemmers() throws {
        #expect(Language.named("fr")?.stemmerName == "french")
        #expect(Language.named("fr-CA")?.code == "fr")
        #expect(Language.named("German")?.code == "de")
        #expect(Language.named("german")?.code == "de")
        #expect(Language.named("swedish")?.stemmerName == "swedish")
        #expect(Language.named("zh_Hant")?.stemmerName == "none")
        #expect(Language.named("klingon") == nil)
        #expect(LanguageDetector().language(named: "auto", orOf: "Der Hund ist nicht hier.")?.code == "de")
        #expect(LanguageDetector().language(named: "es", orOf: "The dog is not here.")?.code == "es")
        // Chinese is matched word for word: its stemmer leaves words as they are.
        #expect(try Stemmer(language: "none").stem("上涨") == "上涨")
    }

    @Test func directionsOfChangeAreOpposite() {
        #expect(Lexicon.french.areOpposite("baissé", "augmenté"))
        #expect(Lexicon.french.areOpposite("hausse", "recul"))
        #expect(!Lexicon.french.areOpposite("augmenté", "hausse"))
        #expect(!Lexicon.french.areOpposite("gagné", "baissé"))
        #expect(Lexicon.german.areOpposite("gestiegen", "gesunken"))
        #expect(Lexicon.spanish.areOpposite("subió", "bajó"))
        #expect(Lexicon.chinese.areOpposite("上涨", "下跌"))
        #expect(Lexicon.german.areOpposite("mehr", "weniger"))
        // A whole-word entry is no beginning: "mehrere" (several) has no direction.
        #expect(Lexicon.german.direction(of: "mehrere") == nil)
        #expect(Lexicon.english.direction(of: "rose") == nil)
    }
}
