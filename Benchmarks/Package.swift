// swift-tools-version: 6.1
// Benchmarks live in their own package so that `make test` never resolves or builds them.
import PackageDescription

let package = Package(
    name: "DriftBenchmarks",
    dependencies: [.package(name: "drift", path: "../")],
    targets: [
        .target(name: "BenchmarkSupport", path: "BenchmarkSupport"),
        .executableTarget(
            name: "SegmentationBenchmark",
            dependencies: ["BenchmarkSupport", .product(name: "DriftText", package: "drift")],
            path: "SegmentationBenchmark"
        ),
        .executableTarget(
            name: "AlignmentBenchmark",
            dependencies: ["BenchmarkSupport", .product(name: "DriftAlign", package: "drift")],
            path: "AlignmentBenchmark"
        ),
    ],
    swiftLanguageModes: [.v6]
)
