extension MultilingualEncoder {
    /// e5's cosine beside MiniLM's at the same rank, at every twentieth quantile of the pair
    /// cosines of STS-B dev and as many random pairs of its sentences: e5 rates unrelated
    /// sentences about 0.75, MiniLM about 0.05. Made by `eval/calibrate_e5.py`.
    public static let cosineQuantiles: [(e5: Double, miniLM: Double)] = [
        (0.6463, -0.2760), (0.7017, -0.0795), (0.7157, -0.0496), (0.7265, -0.0293), (0.7349, -0.0114),
        (0.7447, 0.0036), (0.7543, 0.0211), (0.7630, 0.0406), (0.7731, 0.0652), (0.7855, 0.0932),
        (0.7985, 0.1329), (0.8177, 0.1976), (0.8387, 0.3173), (0.8618, 0.4267), (0.8820, 0.5292),
        (0.9008, 0.6256), (0.9198, 0.6942), (0.9378, 0.7661), (0.9535, 0.8261), (0.9689, 0.9009),
        (0.9984, 1.0000),
    ]
}
