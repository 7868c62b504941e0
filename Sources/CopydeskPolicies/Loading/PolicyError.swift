/// A position in a policy file: 1-based line and column (columns count Unicode scalars, as libyaml does).
public struct PolicyLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// One problem in a policy pack, at a position in one of its files.
public struct PolicyDiagnostic: Sendable, Hashable, CustomStringConvertible {
    public var location: PolicyLocation
    public var message: String

    public init(_ location: PolicyLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): error: \(message)" }
}

/// Every problem found while loading policy packs. Loading never falls back: one problem fails the load.
public struct PolicyError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [PolicyDiagnostic]

    public init(_ diagnostics: [PolicyDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
