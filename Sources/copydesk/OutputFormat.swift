import ArgumentParser
import CopydeskCore
import CopydeskReporters

/// The output formats `lint` can write.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, sarif, json, github

    /// The lowest level shown unless `--min-level` says otherwise: fact tags (notes) belong in the
    /// machine formats; people reading text, and pull-request annotations (GitHub caps them per
    /// step), want warnings and errors.
    var defaultMinLevel: Level { self == .text || self == .github ? .warning : .note }
}

extension Level: ExpressibleByArgument {}

/// `--fail-level`: the lowest level that makes the exit status 1, or none.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
    case note, warning, error, none

    var level: Level? { Level(rawValue: rawValue) }
}

/// When to colour text output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
