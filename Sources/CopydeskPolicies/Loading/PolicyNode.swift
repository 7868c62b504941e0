import CopydeskCore
import Yams

/// Collects diagnostics while a pack loads, so that one run reports every problem at once.
final class DiagnosticLog {
    private(set) var diagnostics: [PolicyDiagnostic] = []

    func error(_ location: PolicyLocation, _ message: String) {
        diagnostics.append(PolicyDiagnostic(location, message))
    }

    var isEmpty: Bool { diagnostics.isEmpty }
}

/// A YAML node of a policy file with the file's name, for positioned errors.
struct PolicyNode {
    let node: Node
    let file: String

    var location: PolicyLocation {
        PolicyLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// What a YAML author would call this node's type, for messages.
    var typeName: String {
        switch node {
        case .scalar: return "a scalar"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    var scalar: String? { node.scalar?.string }

    /// The key/value pairs of a mapping node, or nil with an error logged.
    func pairs(_ log: DiagnosticLog, what: String) -> [(key: String, keyNode: PolicyNode, value: PolicyNode)]? {
        guard let mapping = node.mapping else {
            log.error(location, "\(what) must be a mapping, found \(typeName)")
            return nil
        }
        var seen: Set<String> = []
        var result: [(String, PolicyNode, PolicyNode)] = []
        for (key, value) in mapping {
            let keyNode = PolicyNode(node: key, file: file)
            guard let name = key.scalar?.string else {
                log.error(keyNode.location, "keys of \(what) must be scalars")
                continue
            }
            if !seen.insert(name).inserted {
                log.error(keyNode.location, "duplicate key `\(name)` in \(what)")
                continue
            }
            result.append((name, keyNode, PolicyNode(node: value, file: file)))
        }
        return result
    }

    /// The items of a list node (a single scalar counts as a one-item list when `allowScalar`).
    func items(_ log: DiagnosticLog, what: String, allowScalar: Bool = true) -> [PolicyNode]? {
        switch node {
        case .sequence(let sequence): return sequence.map { PolicyNode(node: $0, file: file) }
        case .scalar where allowScalar: return [self]
        default:
            log.error(location, "`\(what)` must be a list, found \(typeName)")
            return nil
        }
    }

    func string(_ log: DiagnosticLog, what: String) -> String? {
        guard case .scalar(let scalar) = node else {
            log.error(location, "`\(what)` must be a string, found \(typeName)")
            return nil
        }
        return scalar.string
    }

    func strings(_ log: DiagnosticLog, what: String) -> [(String, PolicyNode)]? {
        guard let items = items(log, what: what) else { return nil }
        var result: [(String, PolicyNode)] = []
        for item in items {
            guard let text = item.string(log, what: what) else { continue }
            result.append((text, item))
        }
        return result
    }

    func bool(_ log: DiagnosticLog, what: String) -> Bool? {
        switch scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.error(location, "`\(what)` must be true or false, found \(scalar.map { "`\($0)`" } ?? typeName)")
            return nil
        }
    }

    func int(_ log: DiagnosticLog, what: String, minimum: Int = 0) -> Int? {
        guard let text = scalar, let value = Int(text), value >= minimum else {
            log.error(location, "`\(what)` must be a whole number of at least \(minimum), found \(scalar.map { "`\($0)`" } ?? typeName)")
            return nil
        }
        return value
    }

    /// One of `choices`, with a suggestion when the value is close to one.
    func choice(_ log: DiagnosticLog, what: String, among choices: [String]) -> String? {
        guard let text = string(log, what: what) else { return nil }
        if choices.contains(text) { return text }
        log.error(location, "unknown \(what) `\(text)`\(Suggestions.hint(for: text, among: choices, matching: .policies, style: .parenthesised)); expected one of "
                  + choices.map { "`\($0)`" }.joined(separator: ", "))
        return nil
    }
}
