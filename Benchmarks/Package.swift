// swift-tools-version: 6.1
// Benchmarks live in their own package so that `make test` never resolves or builds them.
import PackageDescription

let package = Package(
    name: "DriftBenchmarks",
    dependencies: [.package(name: "drift", path: "../")],
    targets: [
        .executableTarget(
            name: "SegmentationBenchmark",
            dependencies: [.product(name: "DriftText", package: "drift")],
            path: "SegmentationBenchmark"
        )
    ],
    swiftLanguageModes: [.v6]
)
