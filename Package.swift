// swift-tools-version:6.0
// replay — deployment simulation: regression testing of AI model upgrades on your own real work.
import PackageDescription

let package = Package(
    name: "replay",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "replay", targets: ["replay"]),
        .library(name: "ReplayKit", targets: ["ReplayKit"]),
    ],
    dependencies: [
        // Argument parsing for the thin executable (pure Swift, builds in seconds).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // YAML for the config and case files (bundles libyaml; no transitive dependencies).
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The providers' HTTP client (SwiftNIO): little CPU per request at high concurrency.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // The C module over Debian's libgit2-dev 1.5.1; only ReplayGit imports it.
        .systemLibrary(
            name: "ReplayGit2C",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // The libgit2 wrapper: repository, object ids, object writing and packing, tree walking, refs.
        // C pointers never leave this target.
        .target(name: "ReplayGit", dependencies: ["ReplayGit2C"]),
        // Values with no I/O: JSON, cases and their validation, config, runs, outputs, hashing.
        .target(name: "ReplayCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        // The snapshot store: the layout of runs in git, written and read through ReplayGit.
        .target(name: "ReplayStore", dependencies: ["ReplayCore", "ReplayGit"]),
        // Model providers: the only code that speaks HTTP or runs a user's model program.
        .target(name: "ReplayProviders", dependencies: ["ReplayCore", .product(name: "AsyncHTTPClient", package: "async-http-client")]),
        // The embedded static embedding model (model2vec: safetensors table + WordPiece tokenizer), in pure Swift.
        // `make-model` produces Model/ from public weights.
        .target(name: "ReplayEmbedding", exclude: ["make-model"], resources: [.copy("Model")]),
        // Semantic diff of two runs: text units, metrics, alignment, the detectors, noise, verdicts (pure).
        .target(name: "ReplayDiff", dependencies: ["ReplayCore"]),
        // Behavior rates and their intervals, paired comparisons, forecasts and their calibration
        // against production (pure; no statistics library: the few distributions it needs are here).
        .target(name: "ReplayForecast", dependencies: ["ReplayCore"]),
        // The C module over Debian's libsqlite3-dev; only ReplayImport's SQLite wrapper imports it.
        .systemLibrary(
            name: "ReplaySQLiteC",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The C module over zlib (inflating zip archives' entries); only ReplayImport's zip reader imports it.
        .systemLibrary(name: "ReplayZlibC", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // De-identification: finds personal data and secrets in text and replaces each with a typed
        // placeholder, stable across cases and keyed by a local secret (pure).
        .target(name: "ReplayRedaction", dependencies: ["ReplayCore"]),
        // Conversation logs in every format users have, read into conversations (SQLite for `llm` logs).
        .target(name: "ReplayImport", dependencies: ["ReplayCore", "ReplaySQLiteC", "ReplayZlibC"]),
        // The diff's reports: terminal, Markdown, JSON, JUnit XML and a self-contained HTML page (pure rendering).
        .target(name: "ReplayReports", dependencies: ["ReplayCore", "ReplayDiff", "ReplayForecast"]),
        // The workspace on disk and the use cases the commands call (init, record, log, show, changed).
        .target(name: "ReplayKit", dependencies: ["ReplayCore", "ReplayStore", "ReplayProviders", "ReplayDiff", "ReplayEmbedding",
                                                 "ReplayImport", "ReplayRedaction", "ReplayForecast"]),
        // The command-line tool: argument parsing, rendering, exit codes.
        .executableTarget(
            name: "replay",
            dependencies: ["ReplayKit", "ReplayReports", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The store benchmark: replay's writer and `changed` against git fast-import and git diff.
        .executableTarget(name: "replay-bench", dependencies: ["ReplayKit", "ReplayProviders"]),
        .testTarget(name: "ReplayCoreTests", dependencies: ["ReplayCore"]),
        .testTarget(name: "ReplayStoreTests", dependencies: ["ReplayStore", "ReplayGit"]),
        .testTarget(name: "ReplayProvidersTests", dependencies: ["ReplayProviders"]),
        .testTarget(name: "ReplayDiffTests", dependencies: ["ReplayDiff", "ReplayEmbedding"]),
        .testTarget(name: "ReplayEmbeddingTests", dependencies: ["ReplayEmbedding"]),
        .testTarget(name: "ReplayReportsTests", dependencies: ["ReplayReports", "ReplayDiff"]),
        .testTarget(name: "ReplayForecastTests", dependencies: ["ReplayForecast", "ReplayDiff"]),
        .testTarget(name: "ReplayImportTests", dependencies: ["ReplayImport"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ReplayRedactionTests", dependencies: ["ReplayRedaction"], resources: [.copy("Fixtures")]),
        // Runs the built `replay` binary (SwiftPM builds it with the tests).
        .testTarget(name: "ReplayCLITests"),
    ]
)
