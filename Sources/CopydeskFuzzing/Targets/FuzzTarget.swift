import Foundation

/// One fuzz target: a name (`Scripts/fuzz NAME`, `Fuzz/Seeds/NAME/`, `Fuzz/Dictionaries/NAME.dict`,
/// `Fuzz/Crashers/NAME/`) and the entry function that builds the thing under test from the bytes
/// and runs it.
///
/// The entry function must accept any bytes. Inputs the code under test rejects (invalid UTF-8,
/// broken YAML) are fine: rejection is a normal outcome. A trap is a finding, and so is a thrown
/// `InvariantViolation`: a finding range off the prose, a source region off the file, an offset map
/// that does not copy its source (the libFuzzer driver turns it into a crash).
public struct FuzzTarget: Sendable {
    public let name: String
    public let summary: String
    /// Work done once per process (compiling packs, loading the sanctions index), so that each
    /// input measures only the code under test. Idempotent.
    public let prepare: @Sendable () -> Void
    public let run: @Sendable (UnsafeRawBufferPointer) throws -> Void

    public init(name: String, summary: String, prepare: @escaping @Sendable () -> Void = {},
                run: @escaping @Sendable (UnsafeRawBufferPointer) throws -> Void) {
        self.name = name
        self.summary = summary
        self.prepare = prepare
        self.run = run
    }

    /// Runs one input given as an array (replay, tests).
    public func run(bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try run($0) }
    }
}

/// Every fuzz target of the project.
public enum FuzzTargets {
    public static let all: [FuzzTarget] = ReaderTargets.all + [
        ConfigurationTarget.target,
        PolicyPackTarget.target,
        SuppressionTarget.target,
        WireTarget.target,
    ] + PluginTargets.all

    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    public static var names: [String] { all.map(\.name) }
}
