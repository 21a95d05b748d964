import Testing

@testable import DriftBatch

@Suite struct DelimitedTests {
    @Test func csvReadsQuotedFieldsAndLineBreaks() {
        let rows = Delimited.csvRows("id,reference,version\r\n1,\"a, b.txt\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",c\n")
        #expect(
            rows.map(\.fields) == [
                ["id", "reference", "version"], ["1", "a, b.txt", "say \"hi\""], ["2", "two\nlines", "c"],
            ])
        #expect(rows.map(\.line) == [1, 2, 3])
    }

    @Test func csvWithoutAFinalLineEndKeepsTheLastRow() {
        #expect(Delimited.csvRows("a,b\n1,2").map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(Delimited.csvRows("a,b\n1,").map(\.fields) == [["a", "b"], ["1", ""]])
    }

    @Test func tsvSplitsAtTabsOnly() {
        let rows = Delimited.tsvRows("id\treference\tversion\r\nx\ta, \"b\".txt\tc\n")
        #expect(rows.map(\.fields) == [["id", "reference", "version"], ["x", "a, \"b\".txt", "c"]])
    }
}
