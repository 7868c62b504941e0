import CopydeskCore
import Foundation
import Yams

/// Reads policy packs: folders of YAML files, each with a `rules:` list.
///
/// Every problem is reported with its file, line and column; unknown keys get the nearest known key
/// as a suggestion. Nothing falls back silently: a pack with any problem does not load.
public enum PolicyLoader {
    static let commonKeys = ["id", "kind", "message", "level", "description", "help", "scope", "ignorecase",
                             "exceptions", "examples", "enabled", "link"]
    /// Each kind's own keys, from its definition (`Kinds/`).
    static let kindKeys = Dictionary(uniqueKeysWithValues: PolicyKind.allCases.map { ($0, $0.definition.keys) })
    static let fileKeys = ["rules"]
    static let exampleKeys = ["triggers", "passes"]
    /// The largest policy file read (a pack of word lists stays far below it).
    static let maxFileBytes = 16 * 1024 * 1024
    static let exampleItemKeys = ["text", "format", "expecting"]

    /// Loads the pack in `folder`; the pack's name is the folder's name.
    public static func loadPack(folder: String) throws -> PolicyPack {
        let url = URL(fileURLWithPath: folder)
        let name = url.standardizedFileURL.lastPathComponent
        let files: [String]
        do {
            files = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }
                .sorted()
        } catch {
            throw PolicyError([PolicyDiagnostic(PolicyLocation(file: folder, line: 1, column: 1),
                                                "cannot read policy pack folder: \(error.localizedDescription)")])
        }
        if files.isEmpty {
            throw PolicyError([PolicyDiagnostic(PolicyLocation(file: folder, line: 1, column: 1),
                                                "policy pack `\(name)` has no .yml or .yaml files")])
        }
        let log = DiagnosticLog()
        var rules: [PolicyRule] = []
        var seen: [String: PolicyLocation] = [:]
        for file in files {
            let path = url.appendingPathComponent(file).path
            let yaml: String
            do {
                guard let text = String(validating: try RegularFile.read(path, limit: maxFileBytes), as: UTF8.self) else {
                    log.error(PolicyLocation(file: path, line: 1, column: 1), "is not valid UTF-8")
                    continue
                }
                yaml = text
            } catch {
                log.error(PolicyLocation(file: path, line: 1, column: 1), "\(error)")
                continue
            }
            for rule in parse(yaml: yaml, file: path, pack: name, log: log) {
                if let first = seen[rule.name] {
                    log.error(rule.location, "duplicate rule id `\(rule.id)` (first defined at \(first))")
                    continue
                }
                seen[rule.name] = rule.location
                rules.append(rule)
            }
        }
        if !log.isEmpty { throw PolicyError(log.diagnostics) }
        return PolicyPack(name: name, folder: folder, rules: rules)
    }

    /// Reads the rules of one policy file's text.
    public static func rules(yaml: String, file: String, pack: String) throws -> [PolicyRule] {
        let log = DiagnosticLog()
        let rules = parse(yaml: yaml, file: file, pack: pack, log: log)
        if !log.isEmpty { throw PolicyError(log.diagnostics) }
        return rules
    }

    static func parse(yaml: String, file: String, pack: String, log: DiagnosticLog) -> [PolicyRule] {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                log.error(PolicyLocation(file: file, line: 1, column: 1), "the file is empty; expected a `rules:` list")
                return []
            }
            root = node
        } catch let error as YamlError {
            log.error(location(of: error, file: file), "invalid YAML: \(problem(of: error))")
            return []
        } catch {
            log.error(PolicyLocation(file: file, line: 1, column: 1), "invalid YAML: \(error)")
            return []
        }
        let top = PolicyNode(node: root, file: file)
        guard let pairs = top.pairs(log, what: "a policy file") else { return [] }
        var rulesNode: PolicyNode?
        for (key, keyNode, value) in pairs {
            if key == "rules" { rulesNode = value; continue }
            log.error(keyNode.location, "unknown key `\(key)` in a policy file\(Suggestions.hint(for: key, among: fileKeys, matching: .policies, style: .parenthesised))")
        }
        guard let rulesNode else {
            log.error(top.location, "a policy file needs a `rules:` list")
            return []
        }
        guard let items = rulesNode.items(log, what: "rules", allowScalar: false) else { return [] }
        return items.compactMap { readRule($0, pack: pack, log: log) }
    }

    static func location(of error: YamlError, file: String) -> PolicyLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return PolicyLocation(file: file, line: mark.line, column: mark.column)
        default:
            return PolicyLocation(file: file, line: 1, column: 1)
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            return context.map { "\($0.text) \(problem)" } ?? problem
        default:
            return "\(error)"
        }
    }

    // MARK: - Rules

    static func readRule(_ node: PolicyNode, pack: String, log: DiagnosticLog) -> PolicyRule? {
        guard let pairs = node.pairs(log, what: "a rule") else { return nil }
        let values = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let errorsBefore = log.diagnostics.count

        guard let idNode = values["id"] else {
            log.error(node.location, "a rule needs an `id`")
            return nil
        }
        guard let name = idNode.string(log, what: "id") else { return nil }
        if name.isEmpty || name.contains("/") || name.contains(where: \.isWhitespace) {
            log.error(idNode.location, "rule id `\(name)` must be non-empty, without `/` or spaces")
        }
        let ruleID = "\(pack)/\(name)"

        var kind: PolicyKind?
        if let kindNode = values["kind"] {
            kind = kindNode.choice(log, what: "rule kind", among: PolicyKind.allCases.map(\.rawValue)).flatMap(PolicyKind.init)
        } else {
            log.error(node.location, "rule `\(ruleID)` needs a `kind` (one of "
                      + PolicyKind.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ") + ")")
        }

        let allowed = commonKeys + (kind.flatMap { kindKeys[$0] } ?? kindKeys.values.flatMap { $0 })
        for (key, keyNode, _) in pairs where !allowed.contains(key) {
            if let kind, let owner = kindKeys.first(where: { $0.value.contains(key) })?.key {
                log.error(keyNode.location, "`\(key)` belongs to `\(owner.rawValue)` rules, not to `\(kind.rawValue)` rules")
            } else {
                log.error(keyNode.location, "unknown key `\(key)` in rule `\(ruleID)`\(Suggestions.hint(for: key, among: allowed, matching: .policies, style: .parenthesised))")
            }
        }

        func required(_ key: String) -> PolicyNode? {
            if let value = values[key] { return value }
            log.error(node.location, "rule `\(ruleID)` needs `\(key)`")
            return nil
        }
        func text(_ key: String) -> PolicyText? {
            guard let value = required(key), let string = value.string(log, what: key) else { return nil }
            return PolicyText(string, at: value.location)
        }
        func texts(_ key: String, required isRequired: Bool = false) -> [PolicyText] {
            guard let value = isRequired ? required(key) : values[key] else { return [] }
            let list = value.strings(log, what: key) ?? []
            if isRequired && list.isEmpty && value.node.sequence != nil { log.error(value.location, "`\(key)` is empty") }
            return list.map { PolicyText($0.0, at: $0.1.location) }
        }

        let message = text("message")
        let description = text("description")
        let help = text("help")
        var level = Level.warning
        if let levelNode = values["level"],
           let chosen = levelNode.choice(log, what: "level", among: Level.allCases.map(\.rawValue)) {
            level = Level(rawValue: chosen)!
        }
        var scopes: [Scope] = kind == .capitalization ? [.title, .heading] : [.text]
        if let scopeNode = values["scope"], let items = scopeNode.items(log, what: "scope") {
            scopes = items.compactMap { item in
                item.choice(log, what: "scope", among: Scope.allCases.map(\.rawValue)).flatMap(Scope.init)
            }
        }
        let ignorecase = values["ignorecase"].flatMap { $0.bool(log, what: "ignorecase") } ?? false
        let enabled = values["enabled"].flatMap { $0.bool(log, what: "enabled") } ?? true
        let link = values["link"].flatMap { $0.string(log, what: "link") }
        let exceptions = texts("exceptions")
        let examples = required("examples").map { readExamples($0, log: log) } ?? []

        var parameters: PolicyParameters?
        if let kind {
            parameters = readParameters(kind, values: values, node: node, ruleID: ruleID, log: log, texts: texts)
        }

        guard log.diagnostics.count == errorsBefore, let kind, let message, let description, let help,
              let parameters else { return nil }
        return PolicyRule(
            pack: pack, name: name, location: node.location, kind: kind, message: message, level: level,
            description: description.text, help: help.text, scopes: scopes, ignorecase: ignorecase, enabled: enabled,
            exceptions: exceptions, examples: examples, link: link, parameters: parameters)
    }

    static func readParameters(
        _ kind: PolicyKind, values: [String: PolicyNode], node: PolicyNode, ruleID: String, log: DiagnosticLog,
        texts: (String, Bool) -> [PolicyText]
    ) -> PolicyParameters? {
        withoutActuallyEscaping(texts) { texts in
            kind.definition.read(PolicyParameterReader(kind: kind, values: values, node: node, ruleID: ruleID, log: log,
                                                       readTexts: texts))
        }
    }

    // MARK: - Examples

    static func readExamples(_ node: PolicyNode, log: DiagnosticLog) -> [RuleExample] {
        guard let pairs = node.pairs(log, what: "`examples`") else { return [] }
        var examples: [RuleExample] = []
        for (key, keyNode, value) in pairs {
            let expectation: RuleExample.Expectation
            switch key {
            case "triggers": expectation = .triggers
            case "passes": expectation = .passes
            default:
                log.error(keyNode.location, "unknown key `\(key)` in `examples`\(Suggestions.hint(for: key, among: exampleKeys, matching: .policies, style: .parenthesised))")
                continue
            }
            for item in value.items(log, what: key) ?? [] {
                if let example = readExample(item, expectation, log: log) { examples.append(example) }
            }
        }
        return examples
    }

    static func readExample(_ node: PolicyNode, _ expectation: RuleExample.Expectation, log: DiagnosticLog) -> RuleExample? {
        if let text = node.scalar { return RuleExample(text, expectation) }
        guard let pairs = node.pairs(log, what: "an example") else { return nil }
        var text: String?
        var format = DocumentFormat.plainText
        var expecting: [String] = []
        for (key, keyNode, value) in pairs {
            switch key {
            case "text": text = value.string(log, what: "text")
            case "format":
                if let chosen = value.choice(log, what: "format", among: DocumentFormat.allCases.map(\.rawValue)) {
                    format = DocumentFormat(rawValue: chosen)!
                }
            case "expecting": expecting = value.strings(log, what: "expecting")?.map(\.0) ?? []
            default:
                log.error(keyNode.location,
                          "unknown key `\(key)` in an example\(Suggestions.hint(for: key, among: exampleItemKeys, matching: .policies, style: .parenthesised))")
            }
        }
        guard let text else {
            log.error(node.location, "an example needs `text`")
            return nil
        }
        return RuleExample(text, expectation, format: format, expecting: expecting)
    }
}
