import CopydeskCore
import Foundation
import Yams

/// Front matter at the top of a Markdown file, as static-site generators write it: YAML between
/// `---` lines (Jekyll, Hugo, Astro, Eleventy), TOML between `+++` lines (Hugo, Zola), or a JSON
/// object that opens the file (Hugo). All three give the same metadata; none of it is prose.
public struct FrontMatter {
    /// How the front matter is written.
    public enum Syntax: String, Sendable {
        case yaml, toml, json
    }

    /// The front matter as a JSON-like value.
    public var value: JSONValue
    /// UTF-8 range of the whole block, fences included, in the source.
    public var range: Range<Int>
    /// How it is written.
    public var syntax: Syntax = .yaml

    public init(value: JSONValue, range: Range<Int>, syntax: Syntax = .yaml) {
        self.value = value
        self.range = range
        self.syntax = syntax
    }

    /// Finds and parses front matter at the start of `source`. Returns nil when there is none;
    /// throws a `DocumentError.frontMatter` with line and column when its YAML, TOML or JSON is broken.
    public static func read(_ source: SourceFile) throws -> FrontMatter? {
        let bytes = source.utf8
        if bytes.starts(with: Array("+++".utf8)), isFence(bytes, source.lineRange(1), fence: "+++", closing: false) {
            return try readTOML(source)
        }
        if bytes.first == UInt8(ascii: "{"), JSONFrontMatter.opensObject(bytes) {
            return try JSONFrontMatter.read(source)
        }
        guard bytes.starts(with: Array("---".utf8)), isFence(bytes, source.lineRange(1), closing: false) else { return nil }
        var line = 2
        while line <= source.lineStarts.count {
            let range = source.lineRange(line)
            if isFence(bytes, range, closing: true) {
                let yamlRange = source.lineStarts[1]..<range.lowerBound
                let yaml = source.text(of: yamlRange)
                let end = line < source.lineStarts.count ? source.lineStarts[line] : bytes.count
                do {
                    // An explicit encoding spares Yams a look at the environment on every parse.
                    let node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
                    return FrontMatter(value: try node.map { try JSONValue(yaml: $0) } ?? .object([:]), range: 0..<end)
                } catch let error as YAMLExpansionError {
                    let fileLine = min(error.line + 1, line)
                    throw DocumentError.frontMatter(line: fileLine,
                                                    column: utf16Column(source, line: fileLine, scalarColumn: error.column),
                                                    message: error.message)
                } catch let error as YamlError {
                    let position = YAMLErrorPosition.describe(error, yamlLineCount: line - 2)
                    // The YAML starts on the file's second line; libyaml counts columns in scalars.
                    let fileLine = min(position.line + 1, line)
                    throw DocumentError.frontMatter(line: fileLine,
                                                    column: utf16Column(source, line: fileLine, scalarColumn: position.column),
                                                    message: position.reason)
                } catch {
                    throw DocumentError.frontMatter(line: 2, column: 1, message: "\(error)")
                }
            }
            line += 1
        }
        return nil
    }

    /// TOML between `+++` lines. An opening fence without a closing one is not front matter.
    private static func readTOML(_ source: SourceFile) throws -> FrontMatter? {
        let bytes = source.utf8
        var line = 2
        while line <= source.lineStarts.count {
            let range = source.lineRange(line)
            if isFence(bytes, range, fence: "+++", closing: false) {
                let toml = source.text(of: source.lineStarts[1]..<range.lowerBound)
                let end = line < source.lineStarts.count ? source.lineStarts[line] : bytes.count
                do {
                    return FrontMatter(value: try TOMLFrontMatter.value(toml), range: 0..<end, syntax: .toml)
                } catch let error as TOMLFrontMatter.Failure {
                    // The TOML starts on the file's second line; toml++ counts columns in code points.
                    let fileLine = min(max(1, error.line) + 1, line)
                    throw DocumentError.frontMatter(line: fileLine,
                                                    column: utf16Column(source, line: fileLine, scalarColumn: max(1, error.column)),
                                                    message: "TOML: " + error.message)
                }
            }
            line += 1
        }
        return nil
    }

    /// Whether a line is the fence (`---`, or, closing, `...`), with trailing blanks allowed.
    private static func isFence(_ bytes: [UInt8], _ range: Range<Int>, fence wanted: String = "---", closing: Bool) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        guard end - range.lowerBound == 3 else { return false }
        let fence = bytes[range.lowerBound..<end]
        return fence.elementsEqual(wanted.utf8) || (closing && fence.elementsEqual("...".utf8))
    }

    /// The 1-based UTF-16 column of the `scalarColumn`-th Unicode scalar of a line.
    static func utf16Column(_ source: SourceFile, line: Int, scalarColumn: Int) -> Int {
        guard line >= 1 && line <= source.lineStarts.count else { return scalarColumn }
        let text = source.text(of: source.lineRange(line))
        var units = 0
        for (index, scalar) in text.unicodeScalars.enumerated() where index < scalarColumn - 1 {
            units += scalar.utf16.count
        }
        return units + 1 + max(0, scalarColumn - 1 - text.unicodeScalars.count)
    }
}

/// Positions and reasons out of Yams errors.
public enum YAMLErrorPosition {
    /// 1-based line and column (in Unicode scalars) of a YAML error within the parsed text, and its
    /// reason. When libyaml noticed the problem only at the end of the text (an unclosed quote or
    /// bracket), the position is where the unfinished construct starts.
    public static func describe(_ error: YamlError, yamlLineCount: Int = Int.max) -> (line: Int, column: Int, reason: String) {
        let context: YamlError.Context?
        let problem: String
        let mark: Mark
        switch error {
        case .scanner(let c, let p, let m, _), .parser(let c, let p, let m, _), .composer(let c, let p, let m, _):
            (context, problem, mark) = (c, p, m)
        default:
            return (1, 1, "\(error)")
        }
        // libyaml stops at 1,000 levels of nesting and names the C function that would raise it.
        if problem.hasPrefix("Maximum nesting level reached") {
            return (mark.line, mark.column, "lists and maps are nested more than 1,000 levels deep; a file this deep is refused")
        }
        let reason = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        if mark.line > yamlLineCount, let context { return (context.mark.line, context.mark.column, reason) }
        return (mark.line, mark.column, reason)
    }
}

/// A YAML value too big to convert: aliases that expand past the limit (a "billion laughs" file).
public struct YAMLExpansionError: Error, Sendable {
    /// 1-based line and column (in Unicode scalars) of the node where the limit was passed.
    public var line: Int
    public var column: Int
    public var limit: Int

    public var message: String {
        "its aliases expand to more than \(limit) values; a file this repetitive is refused (remove the anchors and aliases)"
    }
}

extension JSONValue {
    /// The most values one YAML document may expand to, aliases counted at every use.
    public static let yamlValueLimit = 100_000

    /// The JSON-like value of a YAML node; scalars keep YAML's type resolution (bool, int, float,
    /// null). Throws `YAMLExpansionError` when aliases make it expand past `limit` values, so that
    /// a few hundred bytes of nested aliases cannot take gigabytes and minutes.
    public init(yaml node: Node, limit: Int = JSONValue.yamlValueLimit) throws {
        var budget = limit
        self = try JSONValue.converting(node, budget: &budget, limit: limit)
    }

    private static func converting(_ node: Node, budget: inout Int, limit: Int) throws -> JSONValue {
        budget -= 1
        if budget < 0 {
            throw YAMLExpansionError(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, limit: limit)
        }
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain { return .string(scalar.string) }
            if let value = Bool.construct(from: scalar) { return .bool(value) }
            if let value = Int.construct(from: scalar) { return .int(value) }
            if let value = Double.construct(from: scalar), scalar.string.contains(where: \.isNumber) { return .double(value) }
            if NSNull.construct(from: scalar) != nil { return .null }
            return .string(scalar.string)
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            // Only words name metadata: a list or map used as a key is left out.
            for (key, value) in mapping {
                guard let name = key.string else { continue }
                members[name] = try converting(value, budget: &budget, limit: limit)
            }
            return .object(members)
        case .sequence(let sequence):
            return .array(try sequence.map { try converting($0, budget: &budget, limit: limit) })
        case .alias:
            return .null
        }
    }
}
