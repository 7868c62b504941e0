/// Finds literals that every match of a PCRE2 pattern must contain, for a prefilter that skips
/// patterns whose literals do not occur in a document.
///
/// The analysis is conservative: any construct it does not understand counts as "any text", and a
/// pattern it cannot analyse at all gets no literals (it always runs). Literals are ASCII-lowercased;
/// a cased non-ASCII character in a caseless pattern counts as "any text", as its case variants are
/// not spelled out.
enum LiteralExtractor {
    /// Literals one of which occurs in every match of `pattern` (ASCII-lowercased), or nil.
    static func requiredLiterals(of pattern: String, caseless: Bool) -> Set<String>? {
        var parser = Parser(Array(pattern.unicodeScalars), caseless: caseless)
        let info = parser.parseAlternation()
        guard !parser.failed, parser.index == parser.scalars.count, let literals = info.effective else { return nil }
        return minimized(literals)
    }

    /// The set without literals that contain another of its literals (they add nothing to "one of these occurs").
    static func minimized(_ literals: Set<String>) -> Set<String> {
        let sorted = literals.sorted { $0.utf8.count < $1.utf8.count }
        var kept: [String] = []
        for literal in sorted where !kept.contains(where: { literal.contains($0) }) { kept.append(literal) }
        return Set(kept)
    }

    /// Exact strings for small sets; beyond these limits a set is only a requirement.
    static let maxExactStrings = 64
    static let maxExactLength = 48

    struct Info {
        /// Every string the piece can match, when the set is small.
        var exact: Set<String>?
        /// One of these occurs in every match of the piece.
        var required: Set<String>?

        static let unknown = Info(exact: nil, required: nil)
        static let empty = Info(exact: [""], required: nil)

        /// The best requirement the piece gives on its own.
        var effective: Set<String>? {
            if let exact, !exact.contains("") { return best([exact, required].compactMap { $0 }) }
            return required
        }
    }

    /// The most selective of several requirements: longest shortest literal, then fewest literals.
    static func best(_ candidates: [Set<String>]) -> Set<String>? {
        var chosen: Set<String>?
        var chosenScore = (0, 0)
        for candidate in candidates where !candidate.isEmpty && !candidate.contains("") {
            let score = (candidate.map(\.utf8.count).min()!, -candidate.count)
            if chosen == nil || score > chosenScore {
                chosen = candidate
                chosenScore = score
            }
        }
        return chosen
    }

    static func product(_ a: Set<String>, _ b: Set<String>) -> Set<String>? {
        guard a.count * b.count <= maxExactStrings else { return nil }
        var result: Set<String> = []
        for x in a {
            for y in b {
                let joined = x + y
                if joined.utf8.count > maxExactLength { return nil }
                result.insert(joined)
            }
        }
        return result
    }

    struct Parser: PatternReading {
        let scalars: [Unicode.Scalar]
        var index = 0
        var caseless: Bool
        var failed = false

        init(_ scalars: [Unicode.Scalar], caseless: Bool) {
            self.scalars = scalars
            self.caseless = caseless
        }

        /// Branches up to a closing parenthesis or the end.
        mutating func parseAlternation() -> Info {
            let savedCaseless = caseless
            defer { caseless = savedCaseless }
            var branches = [parseConcatenation()]
            while current == "|" {
                index += 1
                branches.append(parseConcatenation())
            }
            if branches.count == 1 { return branches[0] }
            var exact: Set<String>? = []
            for branch in branches {
                guard let branchExact = branch.exact, let union = exact, union.count + branchExact.count <= maxExactStrings
                else { exact = nil; break }
                exact = union.union(branchExact)
            }
            var required: Set<String>? = []
            for branch in branches {
                guard let need = branch.effective, let union = required else { required = nil; break }
                required = union.union(need)
            }
            return Info(exact: exact, required: required)
        }

        mutating func parseConcatenation() -> Info {
            var run: Set<String>? = [""]
            var allExact = true
            var candidates: [Set<String>] = []
            while let scalar = current, scalar != "|", scalar != ")", !failed {
                var atom = parseAtom()
                atom = parseQuantifier(atom)
                if let exact = atom.exact, let current = run, let joined = product(current, exact) {
                    run = joined
                } else {
                    if let current = run { candidates.append(current) }
                    if let need = atom.effective { candidates.append(need) }
                    run = atom.exact
                    allExact = false
                }
            }
            if let run { candidates.append(run) }
            let exact = allExact ? run : nil
            return Info(exact: exact, required: best(candidates))
        }

        mutating func parseQuantifier(_ atom: Info) -> Info {
            guard let scalar = current else { return atom }
            var minimum = 1, maximum: Int? = 1
            switch scalar {
            case "*": minimum = 0; maximum = nil; index += 1
            case "+": minimum = 1; maximum = nil; index += 1
            case "?": minimum = 0; maximum = 1; index += 1
            case "{":
                guard let (low, high, length) = braceQuantifier(at: index) else { return atom }
                minimum = low
                maximum = high
                index += length
            default: return atom
            }
            if current == "+" || current == "?" { index += 1 }
            var exact: Set<String>?
            if let atomExact = atom.exact, let maximum, maximum <= 3 {
                var power: Set<String> = [""]
                var union: Set<String> = minimum == 0 ? [""] : []
                for count in 1...max(1, maximum) {
                    guard let next = product(power, atomExact) else { union = []; break }
                    power = next
                    if count >= minimum { union.formUnion(power) }
                }
                if !union.isEmpty && union.count <= maxExactStrings { exact = union }
                if maximum == 0 { exact = [""] }
            }
            return Info(exact: exact, required: minimum >= 1 ? atom.effective : nil)
        }

        /// `{n}`, `{n,}`, `{n,m}`, `{,m}` at `start`: (min, max, length), or nil when the brace is a literal.
        func braceQuantifier(at start: Int) -> (Int, Int?, Int)? {
            var i = start + 1
            var low = "", high = "", sawComma = false
            while i < scalars.count, scalars[i] != "}" {
                let s = scalars[i]
                if s == "," && !sawComma { sawComma = true } else if ("0"..."9").contains(s) {
                    if sawComma { high.unicodeScalars.append(s) } else { low.unicodeScalars.append(s) }
                } else if s != " " { return nil }
                i += 1
            }
            guard i < scalars.count, !(low.isEmpty && high.isEmpty) else { return nil }
            let minimum = Int(low) ?? 0
            let maximum: Int? = sawComma ? (high.isEmpty ? nil : Int(high)) : minimum
            return (minimum, maximum, i - start + 1)
        }

        func literal(_ scalar: Unicode.Scalar) -> Info {
            if scalar.isASCII {
                let folded = ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar
                return Info(exact: [String(Character(folded))], required: nil)
            }
            if caseless && scalar.properties.changesWhenCaseMapped { return .unknown }
            return Info(exact: [String(Character(scalar))], required: nil)
        }

        mutating func parseAtom() -> Info {
            guard let scalar = next() else { return .empty }
            switch scalar {
            case "(": return parseGroup()
            case "[": return parseClass()
            case "\\": return parseEscape()
            case ".": return .unknown
            case "^", "$": return .empty
            default: return literal(scalar)
            }
        }

        mutating func parseGroup() -> Info {
            if consume("*") { failed = true; return .unknown }
            if consume("?#") {
                while let s = next(), s != ")" {}
                return .empty
            }
            var lookaround = false
            if consume("?=") || consume("?!") || consume("?<=") || consume("?<!") {
                lookaround = true
            } else if consume("?:") || consume("?|") || consume("?>") {
            } else if consume("?P<") || consume("?<") || consume("?'") {
                while let s = next(), s != ">" && s != "'" {}
            } else if current == "?" {
                index += 1
                var turnOn = true
                var flags: [(Unicode.Scalar, Bool)] = []
                while let s = current, s != ")" && s != ":" {
                    if s == "-" { turnOn = false } else if "imnsxUJ^".unicodeScalars.contains(s) {
                        flags.append((s, turnOn))
                    } else { failed = true; return .unknown }
                    index += 1
                }
                if flags.contains(where: { $0.0 == "x" && $0.1 }) { failed = true; return .unknown }
                for (flag, on) in flags where flag == "i" { caseless = on }
                for (flag, _) in flags where flag == "^" { caseless = false }
                if next() == ")" { return .empty }
            }
            let inner = parseAlternation()
            guard next() == ")" else { failed = true; return .unknown }
            return lookaround ? .empty : inner
        }

        mutating func parseEscape() -> Info {
            guard let scalar = next() else { failed = true; return .unknown }
            switch scalar {
            case "b", "B", "A", "z", "Z", "G", "K": return .empty
            case "d", "D", "w", "W", "s", "S", "h", "H", "v", "V", "R", "X", "N", "C": return .unknown
            case "p", "P":
                if consume("{") { while let s = next(), s != "}" {} } else { index += 1 }
                return .unknown
            case "n": return literal("\n")
            case "t": return literal("\t")
            case "r": return literal("\r")
            case "f": return literal("\u{0C}")
            case "e": return literal("\u{1B}")
            case "a": return literal("\u{07}")
            case "x":
                guard let decoded = hexEscape().flatMap(Unicode.Scalar.init) else { return .unknown }
                return literal(decoded)
            case "Q":
                var info = Info.empty
                while index < scalars.count {
                    if consume("\\E") { break }
                    let piece = literal(next()!)
                    if let a = info.exact, let b = piece.exact, let joined = product(a, b) {
                        info = Info(exact: joined, required: nil)
                    } else {
                        info = Info(exact: nil, required: best([info.exact, piece.exact].compactMap { $0 }))
                    }
                }
                return info
            case "E": return .empty
            case "g", "k":
                skipGroupReference()
                return .unknown
            case "c": index += 1; return .unknown
            case "o":
                if consume("{") { while let s = next(), s != "}" {} }
                return .unknown
            default:
                if ("0"..."9").contains(scalar) {
                    while let s = current, ("0"..."9").contains(s) { index += 1 }
                    return .unknown
                }
                if scalar.properties.isAlphabetic { return .unknown }
                return literal(scalar)
            }
        }

        mutating func parseClass() -> Info {
            var members: Set<String> = []
            var exact = true
            if consume("^") { exact = false }
            var first = true
            var previous: Unicode.Scalar?
            while let scalar = next() {
                if scalar == "]" && !first { break }
                first = false
                if scalar == "[" && consume(":") {
                    while let s = next(), s != "]" {}
                    exact = false
                    continue
                }
                var member: Unicode.Scalar? = scalar
                if scalar == "\\" {
                    guard let escaped = next() else { failed = true; return .unknown }
                    switch escaped {
                    case "n": member = "\n"
                    case "t": member = "\t"
                    case "r": member = "\r"
                    case "x":
                        member = hexEscape().flatMap(Unicode.Scalar.init)
                        if member == nil { exact = false }
                    case "p", "P":
                        if consume("{") { while let s = next(), s != "}" {} } else { index += 1 }
                        member = nil
                        exact = false
                    default:
                        if escaped.properties.isAlphabetic || ("0"..."9").contains(escaped) {
                            member = nil
                            exact = false
                        } else {
                            member = escaped
                        }
                    }
                }
                if let member, member == "-", let low = previous, let high = current, high != "]" {
                    index += 1
                    var upper = high
                    if high == "\\" { upper = next() ?? high; if upper.properties.isAlphabetic { exact = false } }
                    if upper.value >= low.value && upper.value - low.value <= 10 {
                        for value in low.value...upper.value { members.insert(String(Character(Unicode.Scalar(value)!))) }
                    } else {
                        exact = false
                    }
                    previous = nil
                    continue
                }
                if let member { members.insert(String(Character(member))) }
                previous = member
            }
            guard exact, !members.isEmpty, members.count <= 12 else { return .unknown }
            var folded: Set<String> = []
            for member in members {
                guard let piece = literal(member.unicodeScalars.first!).exact else { return .unknown }
                folded.formUnion(piece)
            }
            return Info(exact: folded, required: nil)
        }
    }
}
