/// The stable JSON encoding of documents, rules and findings that crosses the runtime-plugin
/// boundary (a shared library's C entry point, or a plugin process's stdin/stdout).
///
/// Offsets on the wire count Unicode scalars (code points), which is what most languages index
/// strings by; `WireFormat` converts to and from the UTF-8 offsets Swift plugins use.
public enum WireFormat {
    /// The version of this encoding and of the C entry point. A plugin built for another is refused.
    public static let abiVersion = 1

    // MARK: Documents

    /// A document as a plugin process receives it.
    public static func encode(_ document: Document) -> JSONValue {
        let index = ScalarIndex(document.text)
        let metadata = document.metadata
        var meta: [String: JSONValue] = [:]
        if let title = metadata.title { meta["title"] = .string(title) }
        if let date = metadata.publicationDate { meta["publicationDate"] = .string(date.description) }
        if let date = metadata.modifiedDate { meta["modifiedDate"] = .string(date.description) }
        if let date = metadata.lastCommitDate { meta["lastCommitDate"] = .string(date.description) }
        if let frontMatter = metadata.frontMatter { meta["frontMatter"] = frontMatter }
        meta["machineTimes"] = .array(metadata.machineTimes.map {
            .object(["start": .int(index.scalarOffset($0.range.lowerBound)), "end": .int(index.scalarOffset($0.range.upperBound)),
                     "date": .string($0.date.description)])
        })
        return .object([
            "path": .string(document.path),
            "format": .string(document.format.rawValue),
            "text": .string(document.text),
            "blocks": .array(document.blocks.map { block in
                .object(["scope": .string(block.scope.rawValue), "start": .int(index.scalarOffset(block.range.lowerBound)),
                         "end": .int(index.scalarOffset(block.range.upperBound)), "headingLevel": .int(block.headingLevel),
                         "inBlockquote": .bool(block.isInBlockquote)])
            }),
            "metadata": .object(meta),
        ])
    }

    /// The document a plugin on the far side of the boundary checks. Its source is its prose. Blocks
    /// and machine times without a well-formed range (start ≤ end) are left out.
    public static func decodeDocument(_ value: JSONValue) throws -> Document {
        guard let text = value["text"]?.stringValue, let path = value["path"]?.stringValue else {
            throw WireError("a document needs `path` and `text`")
        }
        let index = ScalarIndex(text)
        let format = value["format"]?.stringValue.flatMap(DocumentFormat.init(rawValue:)) ?? .plainText
        let blocks: [Block] = (value["blocks"]?.arrayValue ?? []).compactMap { block in
            guard let scope = block["scope"]?.stringValue.flatMap(Scope.init(rawValue:)),
                  let range = index.utf8Range(block["start"]?.intValue, block["end"]?.intValue) else { return nil }
            return Block(scope: scope, range: range,
                         headingLevel: block["headingLevel"]?.intValue ?? 0, isInBlockquote: block["inBlockquote"]?.boolValue ?? false)
        }
        let meta = value["metadata"]
        var metadata = DocumentMetadata(
            title: meta?["title"]?.stringValue,
            publicationDate: meta?["publicationDate"]?.stringValue.flatMap(DocumentDate.init(parsing:)),
            modifiedDate: meta?["modifiedDate"]?.stringValue.flatMap(DocumentDate.init(parsing:)),
            frontMatter: meta?["frontMatter"],
            lastCommitDate: meta?["lastCommitDate"]?.stringValue.flatMap(DocumentDate.init(parsing:)))
        metadata.machineTimes = (meta?["machineTimes"]?.arrayValue ?? []).compactMap { time in
            guard let range = index.utf8Range(time["start"]?.intValue, time["end"]?.intValue),
                  let date = time["date"]?.stringValue.flatMap(DocumentDate.init(parsing:)) else { return nil }
            return MachineTime(range: range, date: date)
        }
        return Document(source: SourceFile(path: path, text: text), format: format, text: text, blocks: blocks,
                        metadata: metadata, offsetMap: .identity(length: text.utf8.count))
    }

    // MARK: Findings

    public static func encode(_ findings: [Finding], in text: String) -> JSONValue {
        let index = ScalarIndex(text)
        func range(_ r: Range<Int>) -> [String: JSONValue] {
            ["start": .int(index.scalarOffset(r.lowerBound)), "end": .int(index.scalarOffset(r.upperBound))]
        }
        return .array(findings.map { finding in
            var members = range(finding.range)
            members["rule"] = .string(finding.ruleID)
            members["message"] = .string(finding.message)
            if let level = finding.level { members["level"] = .string(level.rawValue) }
            if !finding.properties.isEmpty { members["properties"] = .object(finding.properties) }
            if !finding.related.isEmpty {
                members["related"] = .array(finding.related.map { var r = range($0.range); r["message"] = .string($0.message); return .object(r) })
            }
            if !finding.fixes.isEmpty {
                members["fixes"] = .array(finding.fixes.map { fix in
                    .object(["description": .string(fix.description),
                             "replacements": .array(fix.replacements.map { var r = range($0.range); r["text"] = .string($0.text); return .object(r) })])
                })
            }
            return .object(members)
        })
    }

    public static func decodeFindings(_ value: JSONValue, in text: String) throws -> [Finding] {
        guard let items = value.arrayValue else { throw WireError("`findings` must be a list") }
        let index = ScalarIndex(text)
        func range(_ item: JSONValue) throws -> Range<Int> {
            guard let start = item["start"]?.intValue, let end = item["end"]?.intValue, start >= 0, end >= start, end <= index.scalarCount else {
                throw WireError("a range needs 0 ≤ start ≤ end ≤ \(index.scalarCount) (Unicode scalar offsets)")
            }
            return index.utf8Offset(start)..<index.utf8Offset(end)
        }
        return try items.map { item in
            guard let rule = item["rule"]?.stringValue, let message = item["message"]?.stringValue else {
                throw WireError("a finding needs `rule` and `message`")
            }
            var level: Level?
            if let raw = item["level"]?.stringValue {
                guard let parsed = Level(rawValue: raw) else { throw WireError("level `\(raw)` is not note, warning or error") }
                level = parsed
            }
            let related = try (item["related"]?.arrayValue ?? []).map {
                RelatedRange(range: try range($0), message: $0["message"]?.stringValue ?? "")
            }
            let fixes = try (item["fixes"]?.arrayValue ?? []).map { fix in
                Fix(description: fix["description"]?.stringValue ?? "",
                    replacements: try (fix["replacements"]?.arrayValue ?? []).map { Replacement(range: try range($0), text: $0["text"]?.stringValue ?? "") })
            }
            return Finding(ruleID: rule, level: level, message: message, range: try range(item), related: related, fixes: fixes,
                           properties: item["properties"]?.objectValue ?? [:])
        }
    }

    // MARK: Rules

    public static func encode(_ rule: RuleDescription) -> JSONValue {
        .object([
            "id": .string(rule.id),
            "shortDescription": .string(rule.shortDescription),
            "fullDescription": .string(rule.fullDescription),
            "help": .string(rule.help),
            "defaultLevel": .string(rule.defaultLevel.rawValue),
            "enabledByDefault": .bool(rule.enabledByDefault),
            "examples": .array(rule.examples.map { example in
                var members: [String: JSONValue] = ["text": .string(example.text), "expectation": .string(example.expectation.rawValue),
                                                    "format": .string(example.format.rawValue), "options": example.options]
                if let date = example.referenceDate { members["referenceDate"] = .string(date) }
                if let now = example.now { members["now"] = .string(now) }
                if !example.expectedFragments.isEmpty { members["expecting"] = .array(example.expectedFragments.map(JSONValue.string)) }
                return .object(members)
            }),
        ])
    }

    public static func decodeRule(_ value: JSONValue) throws -> RuleDescription {
        guard let id = value["id"]?.stringValue, id.contains("/") else { throw WireError("a rule needs an id of the form plugin/rule") }
        let level = value["defaultLevel"]?.stringValue.flatMap(Level.init(rawValue:)) ?? .warning
        let examples: [RuleExample] = (value["examples"]?.arrayValue ?? []).compactMap { example in
            guard let text = example["text"]?.stringValue,
                  let expectation = example["expectation"]?.stringValue.flatMap(RuleExample.Expectation.init(rawValue:)) else { return nil }
            return RuleExample(text, expectation, format: example["format"]?.stringValue.flatMap(DocumentFormat.init(rawValue:)) ?? .plainText,
                               referenceDate: example["referenceDate"]?.stringValue, now: example["now"]?.stringValue,
                               options: example["options"] ?? .object([:]), expecting: example["expecting"]?.stringsValue ?? [])
        }
        return RuleDescription(id: id, shortDescription: value["shortDescription"]?.stringValue ?? id,
                               fullDescription: value["fullDescription"]?.stringValue ?? value["shortDescription"]?.stringValue ?? id,
                               help: value["help"]?.stringValue ?? "", defaultLevel: level,
                               enabledByDefault: value["enabledByDefault"]?.boolValue ?? true, examples: examples)
    }
}

/// A malformed message across the plugin boundary.
public struct WireError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Converts between UTF-8 offsets and Unicode scalar offsets of one text.
struct ScalarIndex {
    /// UTF-8 offset of each scalar, plus the end.
    private let utf8Offsets: [Int]

    init(_ text: String) {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var position = 0
        for scalar in text.unicodeScalars {
            offsets.append(position)
            position += UTF8.width(scalar)
        }
        offsets.append(position)
        utf8Offsets = offsets
    }

    var scalarCount: Int { utf8Offsets.count - 1 }

    func utf8Offset(_ scalarOffset: Int) -> Int { utf8Offsets[max(0, min(scalarOffset, utf8Offsets.count - 1))] }

    /// The UTF-8 range of a scalar range sent over the wire (offsets clamped to the text), or nil
    /// when a bound is missing or the range ends before it starts.
    func utf8Range(_ start: Int?, _ end: Int?) -> Range<Int>? {
        guard let start, let end, start <= end else { return nil }
        return utf8Offset(start)..<utf8Offset(end)
    }

    /// The scalar offset of a UTF-8 offset (rounded down to a scalar boundary).
    func scalarOffset(_ utf8Offset: Int) -> Int {
        var low = 0, high = utf8Offsets.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if utf8Offsets[mid] <= utf8Offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
