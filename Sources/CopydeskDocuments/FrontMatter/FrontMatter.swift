import CopydeskCore
import Foundation
import Yams

/// YAML front matter at the top of a Markdown file, between `---` lines.
public struct FrontMatter {
    /// The front matter as a JSON-like value.
    public var value: JSONValue
    /// UTF-8 range of the whole block, fences included, in the source.
    public var range: Range<Int>

    /// Finds and parses front matter at the start of `source`. Returns nil when there is none;
    /// throws a `DocumentError.frontMatter` with line and column when its YAML is broken.
    public static func read(_ source: SourceFile) throws -> FrontMatter? {
        let bytes = source.utf8
        guard bytes.starts(with: Array("---".utf8)) else { return nil }
        let firstLine = source.lineRange(1)
        guard source.text(of: firstLine).trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        var line = 2
        while line <= source.lineStarts.count {
            let range = source.lineRange(line)
            let content = source.text(of: range).trimmingCharacters(in: .whitespaces)
            if content == "---" || content == "..." {
                let yamlRange = source.lineStarts[1]..<range.lowerBound
                let yaml = source.text(of: yamlRange)
                let end = line < source.lineStarts.count ? source.lineStarts[line] : bytes.count
                do {
                    let node = try Yams.compose(yaml: yaml)
                    return FrontMatter(value: node.map(JSONValue.init(yaml:)) ?? .object([:]), range: 0..<end)
                } catch let error as YamlError {
                    let (l, c, reason) = YAMLErrorPosition.describe(error)
                    throw DocumentError.frontMatter(line: l + 1, column: c, message: reason)
                } catch {
                    throw DocumentError.frontMatter(line: 2, column: 1, message: "\(error)")
                }
            }
            line += 1
        }
        return nil
    }
}

/// Positions and reasons out of Yams errors.
public enum YAMLErrorPosition {
    /// 1-based line and column of a YAML error within the parsed text, and its reason.
    public static func describe(_ error: YamlError) -> (line: Int, column: Int, reason: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _):
            return (mark.line, mark.column, [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))
        case .parser(let context, let problem, let mark, _):
            return (mark.line, mark.column, [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))
        case .composer(let context, let problem, let mark, _):
            return (mark.line, mark.column, [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": "))
        default:
            return (1, 1, "\(error)")
        }
    }
}

extension JSONValue {
    /// The JSON-like value of a YAML node; scalars keep YAML's type resolution (bool, int, float, null).
    public init(yaml node: Node) {
        switch node {
        case .scalar(let scalar):
            if scalar.style != .plain { self = .string(scalar.string); return }
            if let value = Bool.construct(from: scalar) { self = .bool(value) }
            else if let value = Int.construct(from: scalar) { self = .int(value) }
            else if let value = Double.construct(from: scalar), scalar.string.contains(where: \.isNumber) { self = .double(value) }
            else if NSNull.construct(from: scalar) != nil { self = .null }
            else { self = .string(scalar.string) }
        case .mapping(let mapping):
            var members: [String: JSONValue] = [:]
            for (key, value) in mapping { members[key.string ?? "\(key)"] = JSONValue(yaml: value) }
            self = .object(members)
        case .sequence(let sequence):
            self = .array(sequence.map(JSONValue.init(yaml:)))
        case .alias:
            self = .null
        }
    }
}
