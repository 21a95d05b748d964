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
        Self.expectAPath(band, rows: 100)
        #expect(band.cellCount < 101 * 121 / 2)
    }

    /// Consecutive rows overlap, so that a path runs along a row and then down.
    static func expectAPath(_ band: Band, rows: Int) {
        for row in 1...rows {
            #expect(band.lower[row] <= band.upper[row])
            #expect(
                max(band.lower[row - 1], band.lower[row]) <= min(band.upper[row - 1], band.upper[row]), "row \(row)")
        }
    }

    /// Inside a run of anchors on one diagonal the band is narrow; around a gap in the run it
    /// keeps its full radius, and only there.
    @Test func aRunOfAnchorsNarrowsTheBand() {
        // 0…39 on the diagonal, a sentence omitted at row 40, 41…79 one column back.
        let anchors = (0..<40).map { ($0, $0) } + (41..<80).map { ($0, $0 - 1) }
        let band = Band(rows: 80, columns: 79, anchors: anchors, radius: 10, runRadius: 2, fullSearchCells: 500)
        Self.expectAPath(band, rows: 80)
        #expect(band.upper[20] - band.lower[20] <= 2 * 2 + 2)
        #expect(band.upper[60] - band.lower[60] <= 2 * 2 + 2)
        #expect(band.upper[40] - band.lower[40] >= 2 * 10)
        #expect(band.lower[40] <= 39 && band.upper[40] >= 40)
        let wide = Band(rows: 80, columns: 79, anchors: anchors, radius: 10, fullSearchCells: 500)
        #expect(band.cellCount * 2 < wide.cellCount)
    }

    @Test func noAnchorsSearchesEverything() {
        let band = Band(rows: 20, columns: 30, anchors: [], radius: 3, fullSearchCells: 10_000)
        #expect(band.cellCount == 21 * 31)
    }
}
