/// Splits names into folded tokens: letters and digits folded by `ScriptFolding`, everything else a
/// separator (so "Al-Assad" is `al assad` and "A.S. Yakovlev" is `a s yakovlev`); apostrophes inside
/// a word are dropped ("O'Neil" → `oneil`).
public enum NameTokens {
    public static func tokens(of name: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let scalars = Array(name.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if let folded = ScriptFolding.fold(scalar, after: index > 0 ? scalars[index - 1] : nil) {
                current += folded
            } else if isApostrophe(scalar), !current.isEmpty, index + 1 < scalars.count,
                      ScriptFolding.fold(scalars[index + 1]) != nil {
                continue
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "`"
    }
}
