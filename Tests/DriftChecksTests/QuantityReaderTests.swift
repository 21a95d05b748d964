import DriftAlign
import DriftChecks
import DriftText
import Testing

/// One reading of numbers for the judge and the number check: a test per form.
@Suite struct QuantityReaderTests {
    /// The values of the quantities of a text, as `Quantity.value` writes them.
    func values(_ text: String, decimalSeparator: Character = ".") throws -> [String] {
        let tokenizer = try Tokenizer()
        let analyzer = try TokenAnalyzer()
        let document = Text(text)
        let features = tokenizer.tokens(in: document).map { analyzer.features(of: $0, in: document) }
        return QuantityReader(decimalSeparator: decimalSeparator).quantities(in: features).map(\.value)
    }

    @Test(arguments: [
        ("It cost 4.2 euros.", ["4.2"]),
        ("Es kostete 2,5 Euro.", ["2.5"]),
        ("It grew 3.5 → 3.6 and then 0.42.", ["3.5", "3.6", "0.42"]),
        ("About 4,200,000 people.", ["4200000"]),
        ("Etwa 4.200.000 Menschen.", ["4200000"]),
        ("It cost 1.234,5 euros or 1,234.5 dollars.", ["1234.5", "1234.5"]),
        ("About 2,000 troops and 2000 more.", ["2000", "2000"]),
        ("It lost 4.2 million euros.", ["4200000"]),
        ("It lost 4.2m euros.", ["4200000"]),
        ("It lost 3bn dollars.", ["3000000000"]),
        ("Two thousand people came.", ["2000"]),
        ("Twenty-one people came.", ["21"]),
        ("He is one of the leaders.", []),
        ("One million people came.", ["1000000"]),
        ("Prices rose 50% and 50 per cent and 50 percent.", ["percent 50", "percent 50", "percent 50"]),
        ("It was the 3rd time, the third time.", ["ordinal 3", "ordinal 3"]),
        ("It lasted 10-12 days.", ["10", "12"]),
        ("In 1990 and in the 1990s.", ["1990", "1990"]),
        ("On Friday in March.", ["day 5", "month 3"]),
        ("They may come.", []),
    ])
    func readsEachForm(_ text: String, _ expected: [String]) throws {
        #expect(try values(text) == expected)
    }

    @Test func anAmbiguousGroupFollowsTheLanguage() throws {
        #expect(try values("It cost 2,500 euros.") == ["2500"])
        #expect(try values("It cost 2,500 euros.", decimalSeparator: ",") == ["2.5"])
        #expect(try values("It cost 2.500 euros.", decimalSeparator: ",") == ["2500"])
    }

    @Test func sameAmountsWrittenOtherwiseAreTheSameQuantity() throws {
        let tokenizer = try Tokenizer()
        let analyzer = try TokenAnalyzer()
        func quantity(_ text: String) throws -> Quantity {
            let document = Text(text)
            let features = tokenizer.tokens(in: document).map { analyzer.features(of: $0, in: document) }
            return try #require(QuantityReader().quantities(in: features).first)
        }
        let forms = try ["4.2 million", "4,200,000", "4.2m", "4200000"].map(quantity)
        #expect(forms.allSatisfy { $0.isSame(as: forms[0]) })
        #expect(try !quantity("42 million").isSame(as: forms[0]))
        #expect(try quantity("$5").unit == "$")
        #expect(try quantity("5 euros").unit == "euros")
    }
}
