/// Which elements of an HTML page hold its prose. The `prose` selectors are tried in order and the
/// first that matches an element gives the prose: the text inside every element it matches (and
/// the page's `<title>`). When none matches, the prose is the whole body minus the elements an
/// `exclude` selector matches. By default: `article`, else `main`, else the body without its
/// navigation, header, footer, asides and cookie or consent banners.
public struct HTMLProseSelection: Sendable, Hashable {
    public var prose: [HTMLSelector]
    public var exclude: [HTMLSelector]

    public init(prose: [HTMLSelector], exclude: [HTMLSelector]) {
        self.prose = prose
        self.exclude = exclude
    }

    public static let defaultProse = ["article", "main"]
    public static let defaultExclude = [
        "nav", "header", "footer", "aside", "dialog",
        "[id*=cookie]", "[class*=cookie]", "[id*=consent]", "[class*=consent]", "[id*=gdpr]", "[class*=gdpr]",
        "[aria-label*=cookie]", "[aria-label*=consent]",
    ]

    public static let `default` = HTMLProseSelection(
        prose: defaultProse.map { try! HTMLSelector(parsing: $0) },
        exclude: defaultExclude.map { try! HTMLSelector(parsing: $0) })
}

/// A simple CSS selector: an element name (or `*`), `#id`, `.class` and attribute tests `[attr]`,
/// `[attr=value]`, `[attr*=value]`, `[attr^=value]`, `[attr$=value]`, `[attr~=value]`, in any
/// number, all of which must hold (`div.banner[id*=cookie]`). No combinators. Element and attribute
/// names ignore case, as HTML does; so do attribute values (as with CSS's `i` flag), so that
/// `[id*=cookie]` finds `CookieBanner` and `[id=Main]` finds `main`; `#id` and `.class` are compared
/// exactly, as in CSS.
public struct HTMLSelector: Sendable, Hashable, CustomStringConvertible {
    public enum Operator: String, Sendable, Hashable {
        case exists = "", equals = "=", contains = "*=", prefix = "^=", suffix = "$=", word = "~="
    }

    public struct AttributeTest: Sendable, Hashable {
        public var name: String
        public var op: Operator
        public var value: String
        /// `#id` and `.class` compare case for case; bracketed tests ignore case (`value` is lowercase).
        public var isExact = false
    }

    public var element: String?
    public var attributes: [AttributeTest] = []
    public let description: String

    public struct ParseError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(parsing text: String) throws {
        description = text
        let chars = Array(text.trimmingBlanks.unicodeScalars)
        guard !chars.isEmpty else { throw ParseError(description: "an empty selector") }
        var i = 0
        func isNameChar(_ c: Unicode.Scalar) -> Bool {
            c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_" || c.value > 0x7F
        }
        func name() -> String {
            let start = i
            while i < chars.count && isNameChar(chars[i]) { i += 1 }
            return String(String.UnicodeScalarView(chars[start..<i]))
        }
        if chars[0] == "*" {
            i = 1
        } else if isNameChar(chars[0]) {
            element = name().lowercased()
        }
        while i < chars.count {
            let c = chars[i]
            i += 1
            switch c {
            case "#", ".":
                let value = name()
                guard !value.isEmpty else { throw ParseError(description: "`\(c)` needs a name after it") }
                attributes.append(c == "#" ? AttributeTest(name: "id", op: .equals, value: value, isExact: true)
                                           : AttributeTest(name: "class", op: .word, value: value, isExact: true))
            case "[":
                while i < chars.count && chars[i] == " " { i += 1 }
                let attribute = name().lowercased()
                guard !attribute.isEmpty else { throw ParseError(description: "`[` needs an attribute name") }
                while i < chars.count && chars[i] == " " { i += 1 }
                var op = Operator.exists
                if i < chars.count && chars[i] != "]" {
                    var symbol = ""
                    while i < chars.count && "*^$~=".unicodeScalars.contains(chars[i]) { symbol.unicodeScalars.append(chars[i]); i += 1 }
                    guard let parsed = Operator(rawValue: symbol), parsed != .exists else {
                        throw ParseError(description: "unknown attribute test `\(symbol)`; use =, *=, ^=, $= or ~=")
                    }
                    op = parsed
                }
                var value = ""
                if op != .exists {
                    while i < chars.count && chars[i] == " " { i += 1 }
                    if i < chars.count && (chars[i] == "\"" || chars[i] == "'") {
                        let quote = chars[i]
                        i += 1
                        while i < chars.count && chars[i] != quote { value.unicodeScalars.append(chars[i]); i += 1 }
                        guard i < chars.count else { throw ParseError(description: "a quoted value is not closed") }
                        i += 1
                    } else {
                        while i < chars.count && chars[i] != "]" && chars[i] != " " { value.unicodeScalars.append(chars[i]); i += 1 }
                    }
                    while i < chars.count && chars[i] == " " { i += 1 }
                }
                guard i < chars.count && chars[i] == "]" else { throw ParseError(description: "`[` is not closed with `]`") }
                i += 1
                attributes.append(AttributeTest(name: attribute, op: op, value: op == .exists ? "" : value.lowercased()))
            case " ", ">", "+", "~", ",":
                throw ParseError(description: "only simple selectors are supported (an element, #id, .class, [attribute]); list several as several entries")
            default:
                throw ParseError(description: "unexpected `\(c)`")
            }
        }
    }

    /// Whether an element with this (lowercase) name and these attributes matches.
    public func matches(element name: String, attribute: (String) -> String?) -> Bool {
        if let element, element != name { return false }
        for test in attributes {
            guard let raw = attribute(test.name) else { return false }
            switch test.op {
            case .exists: continue
            case .equals:
                if test.isExact ? raw != test.value : raw.lowercased() != test.value { return false }
            case .word:
                let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
                if !words.contains(where: { test.isExact ? $0 == test.value : $0.lowercased() == test.value }) { return false }
            case .contains: if test.value.isEmpty || !raw.lowercased().contains(test.value) { return false }
            case .prefix: if test.value.isEmpty || !raw.lowercased().hasPrefix(test.value) { return false }
            case .suffix: if test.value.isEmpty || !raw.lowercased().hasSuffix(test.value) { return false }
            }
        }
        return true
    }
}

extension String {
    var trimmingBlanks: String {
        var scalars = Substring(self)
        while scalars.first == " " || scalars.first == "\t" { scalars.removeFirst() }
        while scalars.last == " " || scalars.last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
