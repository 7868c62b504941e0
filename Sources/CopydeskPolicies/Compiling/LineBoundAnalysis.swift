import CopydeskCore

/// Tells whether no match of a PCRE2 pattern can contain a line feed, so that the engine may search
/// only the lines where the prefilter saw one of the rule's literals (ripgrep's line strategy).
///
/// Conservative: a construct that might match a line feed, or one the analysis does not know, makes
/// the answer "no". So do constructs whose meaning depends on where the searched text ends (`\z`,
/// `\Z`, `\G`), backtracking verbs and option settings (`(*…)`), and extended mode.
enum LineBoundAnalysis {
    /// Whether every match of `pattern`, compiled with `options`, lies within one line.
    static func staysOnOneLine(_ pattern: String, options: Pattern.Options) -> Bool {
        if options.contains(.literal) { return !pattern.unicodeScalars.contains("\n") }
        if options.contains(.extended) { return false }
        var scanner = Scanner(scalars: Array(pattern.unicodeScalars), dotMatchesNewline: options.contains(.dotAll))
        return scanner.run()
    }

    /// Whether a piece of a character class takes in the line feed.
    enum Membership { case excludes, includes, unknown }

    struct Scanner: PatternReading {
        let scalars: [Unicode.Scalar]
        var index = 0
        var dotMatchesNewline: Bool

        init(scalars: [Unicode.Scalar], dotMatchesNewline: Bool) {
            self.scalars = scalars
            self.dotMatchesNewline = dotMatchesNewline
        }

        mutating func run() -> Bool {
            while let scalar = next() {
                switch scalar {
                case "\n": return false
                case ".": if dotMatchesNewline { return false }
                case "\\": if !escapeOutsideClass() { return false }
                case "[": if !classExcludesNewline() { return false }
                case "(": if !groupOpening() { return false }
                default: continue
                }
            }
            return true
        }

        /// After `(`: refuses verbs and extended mode, and notes when `s` turns dot-all on.
        mutating func groupOpening() -> Bool {
            if current == "*" { return false }
            guard current == "?" else { return true }
            index += 1
            if current == "#" {
                while let s = next(), s != ")" {}
                return true
            }
            // Option settings (`(?i)`, `(?s:`, `(?-x)`, `(?^)`); other groups are left to the scan.
            guard let lead = current, lead == "-" || lead == "^" || (lead.properties.isAlphabetic && lead.isASCII
                                                                         && !"CPR".unicodeScalars.contains(lead)) else {
                return true
            }
            if lead == "-", index + 1 < scalars.count, ("0"..."9").contains(scalars[index + 1]) { return true }
            var turningOn = true
            var probe = index
            while probe < scalars.count, scalars[probe] != ")" && scalars[probe] != ":" {
                let s = scalars[probe]
                if s == "-" {
                    turningOn = false
                } else if s == "^" {
                    turningOn = true
                } else if !"imnsJU".unicodeScalars.contains(s) {
                    return false
                } else if s == "s" && turningOn {
                    dotMatchesNewline = true
                }
                probe += 1
            }
            return true
        }

        /// After a backslash outside a class: whether the escape stays off line feeds.
        mutating func escapeOutsideClass() -> Bool {
            guard let escaped = next() else { return false }
            switch escaped {
            case "b", "B", "A", "d", "w", "S", "h", "V", "t", "r", "f", "e", "a", "E", "K":
                return true
            case "N":
                return current != "{"
            case "x":
                return hexEscape().map { $0 != 0x0A } ?? false
            case "p":
                return propertyExcludesNewline()
            case "g", "k":
                // Back-references and subroutine calls repeat what the pattern's own groups match.
                skipGroupReference()
                return true
            case "Q":
                while index < scalars.count {
                    if scalars[index] == "\\" && index + 1 < scalars.count && scalars[index + 1] == "E" { index += 2; break }
                    if scalars[index] == "\n" { return false }
                    index += 1
                }
                return true
            case "1"..."9":
                // One digit is always a back-reference; more might be an octal character.
                return !(current.map { ("0"..."9").contains($0) } ?? false)
            default:
                if escaped == "\n" { return false }
                return !escaped.properties.isAlphabetic && !("0"..."9").contains(escaped)
            }
        }

        /// After `[`: whether the class cannot match a line feed.
        mutating func classExcludesNewline() -> Bool {
            let negated = current == "^"
            if negated { index += 1 }
            var memberships: [Membership] = []
            var first = true
            while let scalar = next() {
                if scalar == "]" && !first { break }
                first = false
                var value: UInt32?
                var membership = Membership.unknown
                if scalar == "[", current == ":" {
                    index += 1
                    var name = ""
                    while let s = next(), s != ":" { name.unicodeScalars.append(s) }
                    guard next() == "]" else { return false }
                    memberships.append(LineBoundAnalysis.posixClass(name))
                    continue
                }
                if scalar == "\\" {
                    guard let escaped = next() else { return false }
                    switch escaped {
                    case "n": value = 0x0A
                    case "t": value = 0x09
                    case "r": value = 0x0D
                    case "f": value = 0x0C
                    case "e": value = 0x1B
                    case "a": value = 0x07
                    case "b": value = 0x08
                    case "x": value = hexEscape()
                    case "s", "v": membership = .includes
                    case "d", "w", "S", "h", "V": membership = .excludes
                    case "p": membership = propertyExcludesNewline() ? .excludes : .unknown
                    default:
                        if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) {
                            membership = .unknown
                        } else {
                            value = escaped.value
                        }
                    }
                } else {
                    value = scalar.value
                }
                if let low = value, current == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                    index += 1
                    var high: UInt32?
                    let upper = next()!
                    if upper == "\\" {
                        let escaped = next()
                        switch escaped {
                        case "n": high = 0x0A
                        case "x": high = hexEscape()
                        case let e? where !e.properties.isAlphabetic && !("0"..."9").contains(e): high = e.value
                        default: high = nil
                        }
                    } else {
                        high = upper.value
                    }
                    if let high { membership = low <= 0x0A && 0x0A <= high ? .includes : .excludes }
                    memberships.append(membership)
                    continue
                }
                if let value { membership = value == 0x0A ? .includes : .excludes }
                memberships.append(membership)
            }
            if negated { return memberships.contains(.includes) }
            return memberships.allSatisfy { $0 == .excludes }
        }

        /// After `\p`: whether the property leaves out the line feed (a control character of the
        /// Common script): letters, marks, numbers, punctuation, symbols, separators, and named scripts.
        mutating func propertyExcludesNewline() -> Bool {
            var name = ""
            if current == "{" {
                index += 1
                while let s = next(), s != "}" { name.unicodeScalars.append(s) }
            } else if let s = next() {
                name.unicodeScalars.append(s)
            }
            name = name.filter { $0 != " " && $0 != "_" && $0 != "-" }
            guard let first = name.first, first != "^" else { return false }
            if name.count <= 2 && "LMNPSZ".contains(first) { return true }
            if name == "L&" || name == "Xan" || name == "Xwd" { return true }
            return LineBoundAnalysis.scriptsWithoutNewline.contains(name.lowercased())
        }
    }

    /// Scripts a `\p{…}` may name that leave out the line feed (it is in Common); others count as unknown.
    static let scriptsWithoutNewline: Set<String> = [
        "latin", "greek", "cyrillic", "armenian", "hebrew", "arabic", "devanagari", "bengali", "tamil", "thai",
        "georgian", "hangul", "ethiopic", "han", "hiragana", "katakana",
    ]

    /// Whether a POSIX class (`[:name:]`, `[:^name:]`) holds the line feed.
    static func posixClass(_ name: String) -> Membership {
        if name.hasPrefix("^") {
            switch posixClass(String(name.dropFirst())) {
            case .includes: return .excludes
            case .excludes: return .includes
            case .unknown: return .unknown
            }
        }
        switch name {
        case "space", "cntrl", "ascii": return .includes
        case "alnum", "alpha", "blank", "digit", "graph", "lower", "print", "punct", "upper", "word", "xdigit": return .excludes
        default: return .unknown
        }
    }
}
