import Foundation

/// Folds a letter to lowercase ASCII: diacritics removed ("é" → "e"), ligatures and special
/// letters spelled out ("ß" → "ss", "ø" → "o"), Cyrillic and Greek transliterated ("Ж" → "zh",
/// "Ψ" → "ps"). Letters of other scripts are kept, lowercased.
public enum ScriptFolding {
    /// The folded form of one scalar, or nil when it is not a letter or digit.
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return String(UnicodeScalar(UInt8(value + 0x20)))
            case 0x61...0x7A, 0x30...0x39: return String(UnicodeScalar(UInt8(value)))
            default: return nil
            }
        }
        if let folded = table[value] { return folded }
        guard scalar.properties.isAlphabetic else { return nil }
        return String(scalar).lowercased()
    }

    /// Folds a letter that follows `previous` in the same word: Greek αυ, ευ, ηυ read "av", "ev", "iv",
    /// and ου reads "ou".
    @inline(__always)
    public static func fold(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> String? {
        if let previous, greekUpsilons.contains(scalar.value) {
            switch previous.value {
            case 0x03B1, 0x0391, 0x03AC, 0x0386, 0x03B5, 0x0395, 0x03AD, 0x0388, 0x03B7, 0x0397, 0x03AE, 0x0389: return "v"
            case 0x03BF, 0x039F, 0x03CC, 0x038C: return "u"
            default: break
            }
        }
        return fold(scalar)
    }

    static let greekUpsilons: Set<UInt32> = [0x03C5, 0x03A5, 0x03CD, 0x038E]

    /// Folds a whole string: letters and digits folded, every other character kept as a space.
    public static func foldText(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) { result += folded } else if scalar.properties.generalCategory == .nonspacingMark { continue } else { result += " " }
        }
        return result
    }

    static let table: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        // Latin letters with diacritics: decompose and keep the base letter.
        for value in UInt32(0xC0)...UInt32(0x24F) {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            if base.isASCII, base.properties.isAlphabetic { table[value] = String(base).lowercased() }
        }
        for value in UInt32(0x1E00)...UInt32(0x1EFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!
            if base.isASCII, base.properties.isAlphabetic { table[value] = String(base).lowercased() }
        }
        let special: [Character: String] = [
            "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
            "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h", "ŋ": "ng",
            "ĸ": "k", "ŀ": "l", "Ŀ": "l", "ŉ": "n", "ſ": "s",
        ]
        for (character, folded) in special { table[character.unicodeScalars.first!.value] = folded }
        // Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian).
        let cyrillic: [(String, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "e"), ("ж", "zh"), ("з", "z"),
            ("и", "i"), ("й", "y"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"), ("п", "p"), ("р", "r"),
            ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"), ("ч", "ch"), ("ш", "sh"),
            ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"), ("я", "ya"), ("і", "i"), ("ї", "yi"),
            ("є", "ye"), ("ґ", "g"), ("ў", "u"), ("ђ", "dj"), ("ј", "j"), ("љ", "lj"), ("њ", "nj"), ("ћ", "c"),
            ("џ", "dz"), ("ѓ", "gj"), ("ќ", "kj"), ("ѕ", "dz"),
        ]
        for (letter, latin) in cyrillic {
            table[letter.unicodeScalars.first!.value] = latin
            table[letter.uppercased().unicodeScalars.first!.value] = latin
        }
        // Greek, with tonos and dialytika folded.
        let greek: [(String, String)] = [
            ("α", "a"), ("β", "v"), ("γ", "g"), ("δ", "d"), ("ε", "e"), ("ζ", "z"), ("η", "i"), ("θ", "th"), ("ι", "i"),
            ("κ", "k"), ("λ", "l"), ("μ", "m"), ("ν", "n"), ("ξ", "x"), ("ο", "o"), ("π", "p"), ("ρ", "r"), ("σ", "s"),
            ("ς", "s"), ("τ", "t"), ("υ", "y"), ("φ", "f"), ("χ", "ch"), ("ψ", "ps"), ("ω", "o"),
            ("ά", "a"), ("έ", "e"), ("ή", "i"), ("ί", "i"), ("ό", "o"), ("ύ", "y"), ("ώ", "o"), ("ϊ", "i"), ("ϋ", "y"),
            ("ΐ", "i"), ("ΰ", "y"),
        ]
        for (letter, latin) in greek {
            table[letter.unicodeScalars.first!.value] = latin
            for upper in letter.uppercased().unicodeScalars where upper.value >= 0x370 { table[upper.value] = latin }
        }
        return table
    }()
}
