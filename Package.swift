// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Copydesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "copydesk", targets: ["copydesk"]),
        .library(name: "CopydeskCore", targets: ["CopydeskCore"]),
        .library(name: "CopydeskPluginKit", targets: ["CopydeskPluginKit"]),
        .plugin(name: "LintContent", targets: ["LintContent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
    ],
    targets: [
        // System libraries.
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark-gfm", providers: [.apt(["libcmark-gfm-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        // The public plugin API: the model every plugin sees.
        .target(name: "CopydeskCore", dependencies: ["CPCRE2", "CopydeskText"]),
        // The versioned C entry point of plugins built as shared libraries, and the kit that exports it.
        .target(name: "CopydeskPluginABI"),
        .target(name: "CopydeskPluginKit", dependencies: ["CopydeskCore", "CopydeskPluginABI"]),
        // The language layer (word lists, character classes, the sentence segmenter): below the plugin API, which exposes its analyses on Document.
        .target(name: "CopydeskText", exclude: ["Words/SOURCES.md"]),
        // Reading files into Documents: plain text, Markdown (cmark-gfm), HTML (libxml2), front matter (YAML, TOML, JSON).
        .target(name: "CopydeskDocuments", dependencies: ["CopydeskCore", "CopydeskText", "CCmark", "CLibXML2", "Yams", "TOMLKit"]),
        // The YAML + PCRE2 policy engine, itself a rule plugin.
        .target(name: "CopydeskPolicies", dependencies: ["CopydeskCore", "CShippedData", "Yams"]),
        // What the executable ships, linked in: the default sanctions index, a word list, the policy packs.
        .target(name: "CShippedData", exclude: ["blobs"], cSettings: [.headerSearchPath("blobs")]),
        // Output formats.
        .target(name: "CopydeskReporters", dependencies: ["CopydeskCore", "CZlib"]),
        // Configuration, file walking, the parallel runner, suppressions. Knows no built-in plugin by name.
        .target(name: "CopydeskEngine", dependencies: [
            "CopydeskCore", "CopydeskDocuments", "CopydeskPolicies", "CopydeskReporters", "CopydeskPluginABI", "CopydeskPluginKit", "Yams",
        ]),
        // The one place that lists the built-in plugins: `PluginRegistry.builtIn`.
        .target(name: "CopydeskBuiltIns", dependencies: [
            "CopydeskCore", "CopydeskEngine", "CopydeskPolicies",
            "DatesPlugin", "AttributionPlugin", "SanctionsPlugin", "SanctionsLists", "StaleTimestampsPlugin", "ModerationPlugin",
        ]),
        // Runs rules' examples as tests; what a plugin's test target needs besides the plugin.
        .target(name: "CopydeskRuleTesting", dependencies: ["CopydeskCore", "CopydeskDocuments"]),
        // Restarts a run in place when one file crashes or hangs, so the others keep their results.
        .target(name: "CCrashGuard"),
        // The long-running surfaces, one warm engine each: the language server (LSP over stdio), the
        // HTTP service (Hummingbird) and the JSON-lines batch mode.
        .target(name: "CopydeskServices", dependencies: [
            "CopydeskCore", "CopydeskEngine", "CopydeskReporters",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .executableTarget(name: "copydesk", dependencies: [
            "CopydeskEngine", "CopydeskBuiltIns", "CopydeskRuleTesting", "CopydeskPolicies", "CopydeskReporters", "CopydeskServices", "CCrashGuard",
            "SanctionsPlugin", "SanctionsLists",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // `swift package lint-content`: Copydesk for Swift-built sites.
        .plugin(name: "LintContent",
                capability: .command(intent: .custom(verb: "lint-content", description: "Lint the package's articles with Copydesk.")),
                dependencies: ["copydesk"]),

        // Built-in rule plugins, written against the same API a third party uses.
        .target(name: "DatesPlugin", dependencies: ["CopydeskCore", "CopydeskText"], path: "Plugins/Dates"),
        .target(name: "AttributionPlugin", dependencies: ["CopydeskCore", "CopydeskText"], path: "Plugins/Attribution"),
        .target(name: "SanctionsPlugin", dependencies: ["CopydeskCore", "CopydeskText", "CShippedData"], path: "Plugins/Sanctions",
                exclude: ["Resources"]),
        // The sanctions list tooling: importers, downloads, index building and the cache, and the plugin's
        // options read into indexes (the CLI's `sanctions` commands and the built-in registration use it).
        .target(name: "SanctionsLists", dependencies: ["SanctionsPlugin", "CopydeskCore"]),
        .target(name: "StaleTimestampsPlugin", dependencies: ["CopydeskCore", "CopydeskText"], path: "Plugins/StaleTimestamps"),
        .target(name: "ModerationPlugin", dependencies: ["CopydeskCore", "CopydeskText"], path: "Plugins/Moderation",
                exclude: ["Lexicon/Data", "Lexicon/generate-embedded-lexicon", "Lexicon/SOURCES.md"]),

        // Fuzzing (Fuzz/README.md): one entry function per fuzz target, and the driver that runs them
        // under libFuzzer (built by Scripts/fuzz with -sanitize=fuzzer,address -DFUZZING) or replays inputs.
        .target(name: "CopydeskFuzzing", dependencies: [
            "CopydeskCore", "CopydeskDocuments", "CopydeskPolicies", "CopydeskReporters", "CopydeskEngine",
            "CopydeskBuiltIns", "CopydeskRuleTesting", "DatesPlugin", "AttributionPlugin", "SanctionsPlugin", "SanctionsLists", "StaleTimestampsPlugin", "ModerationPlugin",
        ]),
        .executableTarget(name: "copydesk-fuzz", dependencies: ["CopydeskFuzzing"]),

        // Paths and process helpers shared by the test targets.
        .target(name: "CopydeskTestSupport", path: "Tests/CopydeskTestSupport"),
        .testTarget(name: "CopydeskCoreTests", dependencies: ["CopydeskCore"]),
        .testTarget(name: "CopydeskTextTests", dependencies: ["CopydeskText"]),
        .testTarget(name: "CopydeskDocumentsTests", dependencies: ["CopydeskDocuments", "CopydeskTestSupport"]),
        .testTarget(name: "CopydeskEngineTests", dependencies: ["CopydeskEngine", "CopydeskBuiltIns", "CopydeskRuleTesting", "CopydeskReporters", "CopydeskPluginKit", "CopydeskTestSupport"],
                    exclude: ["Support/line_hashes_reference.py", "Fixtures"],
                    // Exports the test program's own plugin entry point, so the dlopen path runs without a separate build.
                    linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic"])]),
        .testTarget(name: "CopydeskFuzzingTests", dependencies: ["CopydeskFuzzing", "CopydeskTestSupport"]),
        .testTarget(name: "CopydeskServicesTests", dependencies: ["CopydeskServices", "CopydeskEngine", "CopydeskBuiltIns", "CopydeskTestSupport"],
                    exclude: ["Fixtures"]),
        // The policy engine's own tests, and inline suppressions run through the engine with policies alone.
        .testTarget(name: "CopydeskPoliciesTests", dependencies: ["CopydeskPolicies", "CopydeskRuleTesting", "CopydeskDocuments",
                                                                  "CopydeskEngine", "CopydeskReporters", "CopydeskTestSupport"]),
        // Each plugin's tests build with that plugin alone: no other plugin, no engine.
        .testTarget(name: "DatesPluginTests", dependencies: ["DatesPlugin", "CopydeskRuleTesting", "CopydeskTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "AttributionPluginTests", dependencies: ["AttributionPlugin", "CopydeskRuleTesting", "CopydeskTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "SanctionsPluginTests", dependencies: ["SanctionsPlugin", "SanctionsLists", "CopydeskRuleTesting", "CopydeskTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "ModerationPluginTests", dependencies: ["ModerationPlugin", "CopydeskRuleTesting", "CopydeskTestSupport"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "StaleTimestampsPluginTests", dependencies: ["StaleTimestampsPlugin", "CopydeskRuleTesting", "CopydeskDocuments"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v5]
)
