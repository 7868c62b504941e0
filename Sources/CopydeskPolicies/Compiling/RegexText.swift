/// Builds PCRE2 pattern text from word lists.
enum RegexText {
    /// `token` as a PCRE2 literal: ASCII punctuation escaped, each run of white space matching any
    /// run of white space (copy is often hard-wrapped).
    static func escape(_ token: String) -> String {
        var out = ""
        var inSpace = false
        for scalar in token.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !inSpace { out += #"\s+"# }
                inSpace = true
                continue
            }
            inSpace = false
            if scalar.isASCII && !(scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                out += "\\"
            }
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// A word list's tokens in the order its alternation tries them: trimmed, once each, longest first.
    static func orderedTokens(_ tokens: [String]) -> [String] {
        let unique = Array(Set(tokens.map { $0.trimmingWhitespace })).filter { !$0.isEmpty }
        return unique.sorted { ($0.utf8.count, $1) > ($1.utf8.count, $0) }
    }

    /// One alternation for a whole word list whose tokens are in order (`orderedTokens`): longest first,
    /// so that phrases win over their first word. A token that starts (ends) with a word character must
    /// not be preceded (followed) by one.
    static func alternation(ofOrdered sorted: [String]) -> String {
        let allWordEdged = sorted.allSatisfy {
            isWordScalar($0.unicodeScalars.first) && isWordScalar($0.unicodeScalars.last)
        }
        if allWordEdged {
            return #"(?<!\w)(?:"# + sorted.map(escape).joined(separator: "|") + #")(?!\w)"#
        }
        let alternatives = sorted.map { token -> String in
            let before = isWordScalar(token.unicodeScalars.first) ? #"(?<!\w)"# : ""
            let after = isWordScalar(token.unicodeScalars.last) ? #"(?!\w)"# : ""
            return before + escape(token) + after
        }
        return "(?:" + alternatives.joined(separator: "|") + ")"
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }

    /// The text with white-space runs collapsed to one space, for comparing phrases across line breaks.
    var collapsingWhitespace: String {
        var out = ""
        var inSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                if !inSpace && !out.isEmpty { out += " " }
                inSpace = true
            } else {
                out.unicodeScalars.append(scalar)
                inSpace = false
            }
        }
        if out.hasSuffix(" ") { out.removeLast() }
        return out
    }
}
