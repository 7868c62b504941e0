/// Classes of Unicode scalars the language layer and the plugins share: letters, digits, word
/// characters, spaces, dashes, case, and the punctuation around quotation marks.
public enum CharacterClass {
    public static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) }
        return s.properties.isAlphabetic
    }

    public static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// Letters, digits and combining marks; C1 control characters count too, since they only occur
    /// inside words of mis-decoded copy ("FranÃ\u{83}Â§ois").
    public static func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        isLetter(s) || isDigit(s) || isCombiningMark(s) || (s.value >= 0x80 && s.value <= 0x9F)
    }

    public static func isCombiningMark(_ s: Unicode.Scalar) -> Bool {
        !s.isASCII && (s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .spacingMark)
    }

    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2009, 0x200A, 0x202F, 0x2002, 0x2003: return true
        default: return false
        }
    }

    public static func isLineBreak(_ s: Unicode.Scalar) -> Bool { s.value == 0x0A || s.value == 0x0D }

    public static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    /// Whether a word starts with an uppercase letter (the one test of capitalisation: attribution's
    /// tokens, sanctions' name tokens and dates' tokens ask it of their first scalar).
    public static func isCapitalized<S: StringProtocol>(_ word: S) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return isUppercase(first)
    }

    public static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return s.value >= 0x61 && s.value <= 0x7A }
        return s.properties.isLowercase
    }

    /// Dashes that introduce a pull-quote source or set off a phrase.
    public static func isDash(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2014, 0x2013, 0x2015, 0x2012: return true
        default: return false
        }
    }

    /// Punctuation that may stand right before an opening quotation mark.
    public static func opensGroup(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x28, 0x5B, 0x7B, 0x2F, 0x2D: return true
        default: return isDash(s)
        }
    }

    /// Punctuation that may stand right after a closing quotation mark.
    public static func closesGroup(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x2D, 0x2026, 0x2F: return true
        default: return isDash(s)
        }
    }
}
