// swift-tools-version:6.1
import PackageDescription

// A third-party Copydesk rule plugin, built as a shared library and loaded with
// `copydesk lint --plugin .build/debug/libHeadlineCaps.so`.
let package = Package(
    name: "HeadlineCaps",
    products: [
        .library(name: "HeadlineCaps", type: .dynamic, targets: ["HeadlineCaps"]),
    ],
    dependencies: [
        .package(name: "Copydesk", path: "../../.."),
    ],
    targets: [
        .target(name: "HeadlineCaps", dependencies: [.product(name: "CopydeskPluginKit", package: "Copydesk")]),
    ],
    swiftLanguageModes: [.v5]
)
