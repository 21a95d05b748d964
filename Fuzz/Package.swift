// swift-tools-version: 5.4
// Tools version 5.4 on purpose: from 5.5 on, SwiftPM renames an executable's entry point to
// `<Target>_main` and links with `--defsym main=<Target>_main`, which fails for a fuzz target
// (no `main` of its own; libFuzzer supplies `main`). See README.md.
import PackageDescription

/// libFuzzer fuzz targets for drift; build with scripts/fuzz.sh (sanitizer flags in README.md).
let targets = [
    "FuzzDecodeSegment", "FuzzTokenizer", "FuzzAligner", "FuzzWordDiff",
    "FuzzMetrics", "FuzzJSON", "FuzzPairsLine", "FuzzGlossary",
]

let package = Package(
    name: "DriftFuzz",
    products: targets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [
        .package(name: "drift", path: "..")
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "DriftText", package: "drift"),
                .product(name: "DriftAlign", package: "drift"),
            ])
    ]
        + targets.map { name in
            .executableTarget(
                name: name,
                dependencies: [
                    "FuzzSupport",
                    .product(name: "DriftText", package: "drift"),
                    .product(name: "DriftAlign", package: "drift"),
                    .product(name: "DriftMetrics", package: "drift"),
                    .product(name: "DriftKit", package: "drift"),
                    .product(name: "DriftRecords", package: "drift"),
                    .product(name: "DriftReport", package: "drift"),
                    .product(name: "DriftChecks", package: "drift"),
                ])
        }
)
