// swift-tools-version: 6.1
import PackageDescription

/// drift: a translation-quality and text-drift analyzer.
///
/// Dependencies flow one way (docs/architecture.md says why each boundary is where it is):
/// `drift` → `DriftHTML` → `DriftReport` → `DriftRecords` → `DriftKit` →
/// `DriftChecks` → `DriftAlign`, `DriftMetrics` → `DriftText` → `DriftIO` → `SystemPackage`,
/// and `DriftText` → `CICU`, `CStemmer`. `DriftEmbed` → `CBLAS` stands apart.
///
/// ICU's C headers and Foundation's own copy of ICU clash in one module: a module that imports
/// CICU (DriftText) must not import Foundation, nor may DriftEmbed (Foundation) import DriftText.
/// Under sanitizers the clash also reaches a module with full Foundation that publicly imports
/// DriftText, so DriftRecords uses FoundationEssentials; DriftHTML needs full Foundation only for
/// `Bundle.module`, which holds the report's templates.
let package = Package(
    name: "drift",
    products: [
        .executable(name: "drift", targets: ["drift"]),
        .library(name: "DriftKit", targets: ["DriftKit"]),
        .library(name: "DriftText", targets: ["DriftText"]),
        .library(name: "DriftIO", targets: ["DriftIO"]),
        .library(name: "DriftAlign", targets: ["DriftAlign"]),
        .library(name: "DriftMetrics", targets: ["DriftMetrics"]),
        .library(name: "DriftRecords", targets: ["DriftRecords"]),
        .library(name: "DriftReport", targets: ["DriftReport"]),
        .library(name: "DriftBatch", targets: ["DriftBatch"]),
        .library(name: "DriftHTML", targets: ["DriftHTML"]),
        .library(name: "DriftEmbed", targets: ["DriftEmbed"]),
        .library(name: "DriftChecks", targets: ["DriftChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        .systemLibrary(
            name: "CBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .target(name: "DriftIO", dependencies: [.product(name: "SystemPackage", package: "swift-system")]),
        .target(name: "DriftText", dependencies: ["DriftIO", "CICU", "CStemmer"]),
        // DriftEmbed uses Foundation, so it must not depend on DriftText (whose ICU clashes with
        // Foundation's).
        .target(name: "DriftEmbed", dependencies: ["CBLAS"]),
        .target(name: "DriftMetrics", dependencies: ["DriftText"]),
        .target(name: "DriftAlign", dependencies: ["DriftText"]),
        .target(name: "DriftChecks", dependencies: ["DriftText", "DriftAlign"]),
        .target(
            name: "DriftKit",
            dependencies: [
                "DriftIO", "DriftText", "DriftMetrics", "DriftAlign", "DriftChecks",
                .product(name: "SystemPackage", package: "swift-system"),
            ]),
        .target(
            name: "DriftRecords", dependencies: ["DriftKit", "DriftChecks", "DriftAlign", "DriftMetrics", "DriftText"]),
        .target(name: "DriftStories", dependencies: ["DriftIO", .product(name: "TOMLKit", package: "TOMLKit")]),
        .target(
            name: "DriftBatch",
            dependencies: [
                "DriftRecords", "DriftKit", "DriftStories", "DriftIO", "DriftChecks", "DriftAlign", "DriftText",
            ]),
        .target(
            name: "DriftReport",
            dependencies: ["DriftRecords", "DriftKit", "DriftChecks", "DriftAlign", "DriftMetrics", "DriftText"]),
        .target(
            name: "DriftHTML",
            dependencies: ["DriftRecords", "DriftReport", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "drift",
            dependencies: [
                "DriftRecords", "DriftReport", "DriftHTML", "DriftBatch", "DriftKit", "DriftChecks", "DriftMetrics",
                "DriftEmbed",
                "DriftIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "DriftTestSupport",
            dependencies: ["DriftRecords", "DriftReport", "DriftChecks", "DriftAlign", "DriftText"],
            path: "Tests/DriftTestSupport"),
        .testTarget(
            name: "DriftTextTests",
            dependencies: [
                "DriftText", "DriftTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "DriftMetricsTests",
            dependencies: [
                "DriftMetrics", "DriftTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "DriftAlignTests",
            dependencies: [
                "DriftAlign", "DriftReport", "DriftTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "DriftEmbedTests", dependencies: ["DriftEmbed", "DriftTestSupport"]),
        .testTarget(name: "DriftChecksTests", dependencies: ["DriftChecks"]),
        .testTarget(
            name: "DriftKitTests",
            dependencies: [
                "DriftKit", "DriftTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "DriftRecordsTests",
            dependencies: [
                "DriftRecords", "DriftKit", "DriftTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "DriftReportTests", dependencies: ["DriftReport", "DriftRecords", "DriftTestSupport"]),
        .testTarget(
            name: "DriftHTMLTests",
            dependencies: [
                "DriftHTML", "DriftRecords", "DriftReport", "DriftKit", "DriftTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "DriftBatchTests",
            dependencies: [
                "DriftBatch", "DriftStories", "DriftRecords", "DriftTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(name: "driftTests", dependencies: ["drift", "DriftRecords", "DriftTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
