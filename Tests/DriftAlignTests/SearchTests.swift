import Testing

@testable import DriftAlign

@Suite struct SearchTests {
    @Test func heaviestChainSkipsCrossingPairs() {
        let pairs: [(reference: Int, version: Int, weight: Double)] = [
            (0, 0, 1), (1, 5, 0.9), (2, 1, 1), (3, 2, 1), (3, 3, 0.5), (4, 4, 1),
        ]
        let chain = AnchorFinder.heaviestIncreasingChain(pairs, versionCount: 6)
        #expect(chain.map(\.reference) == [0, 2, 3, 4])
        #expect(chain.map(\.version) == [0, 1, 2, 4])
    }

    @Test func bandFollowsAnchorsAndReachesBothEnds() {
        let band = Band(
            rows: 100, columns: 120, anchors: [(10, 12), (50, 61), (90, 108)], radius: 3, fullSearchCells: 500)
        #expect(band.lower[0] == 0 && band.upper[100] == 120)
        #expect(band.lower[50] <= 61 && band.upper[50] >= 61)
        #expect(band.upper[50] - band.lower[50] < 40)
        for row in 1...100 {
            #expect(band.lower[row] >= band.lower[row - 1])
            #expect(band.upper[row] >= band.upper[row - 1])
            #expect(band.upper[row - 1] >= band.lower[row])
        }
        #expect(band.cellCount < 101 * 121 / 2)
    }

    @Test func noAnchorsSearchesEverything() {
        let band = Band(rows: 20, columns: 30, anchors: [], radius: 3, fullSearchCells: 10_000)
        #expect(band.cellCount == 21 * 31)
    }
}
