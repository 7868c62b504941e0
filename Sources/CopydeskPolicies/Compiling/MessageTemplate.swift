/// A rule's message with `{name}` placeholders: `{match}`, the pattern's named groups, and what the
/// rule kind adds (`{replacement}`, `{count}`, `{max}`, `{min}`, `{majority}`, `{style}`).
struct MessageTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case placeholder(String)
    }

    let parts: [Part]

    init(_ template: String) {
        var parts: [Part] = []
        var literal = ""
        var scalars = Array(template.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "{", let close = scalars.firstIndex(of: "}") {
                let name = String(String.UnicodeScalarView(scalars[scalars.startIndex..<close]))
                if !name.isEmpty, name.unicodeScalars.allSatisfy({ RegexText.isWordScalar($0) || $0 == "-" }) {
                    if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
                    parts.append(.placeholder(name))
                    scalars = scalars[(close + 1)...]
                    continue
                }
            }
            literal.unicodeScalars.append(scalar)
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }

    var placeholders: [String] {
        parts.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
    }

    func render(_ value: (String) -> String?) -> String {
        var out = ""
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .placeholder(let name): out += value(name) ?? ""
            }
        }
        return out
    }
}
