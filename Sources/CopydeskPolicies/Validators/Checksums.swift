/// Checksums that tell real identifiers from look-alike numbers.
enum Checksums {
    /// Whether `text` (digits with optional spaces or hyphens) is 13 to 19 digits that pass the Luhn check.
    static func isLuhnValid(_ text: String) -> Bool {
        var digits: [Int] = []
        for scalar in text.unicodeScalars {
            if let digit = scalar.properties.numericType == .decimal ? Int(String(scalar)) : nil {
                digits.append(digit)
            } else if scalar != " " && scalar != "-" && scalar != "\u{A0}" {
                return false
            }
        }
        guard (13...19).contains(digits.count), Set(digits).count > 1 else { return false }
        var sum = 0
        for (position, digit) in digits.reversed().enumerated() {
            if position % 2 == 1 {
                let doubled = digit * 2
                sum += doubled > 9 ? doubled - 9 : doubled
            } else {
                sum += digit
            }
        }
        return sum % 10 == 0
    }

    /// IBAN lengths by country (ISO 13616 registry).
    static let ibanLengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    /// Whether `text` (letters and digits, spaces allowed) is an IBAN with its country's length and a
    /// valid mod-97 check.
    static func isIBANValid(_ text: String) -> Bool {
        var characters: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where scalar != " " && scalar != "\u{A0}" {
            guard scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { return false }
            characters.append(("a"..."z").contains(scalar) ? Unicode.Scalar(scalar.value - 32)! : scalar)
        }
        guard characters.count >= 15, characters.count <= 34 else { return false }
        let country = String(String.UnicodeScalarView(characters.prefix(2)))
        guard country.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }),
              characters[2...3].allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        if let length = ibanLengths[country], length != characters.count { return false }
        var remainder = 0
        for scalar in characters.dropFirst(4) + characters.prefix(4) {
            if ("0"..."9").contains(scalar) {
                remainder = (remainder * 10 + Int(scalar.value - 48)) % 97
            } else {
                remainder = (remainder * 100 + Int(scalar.value - 55)) % 97
            }
        }
        return remainder == 1
    }

    static func isValid(_ text: String, by validator: PolicyValidator) -> Bool {
        switch validator {
        case .luhn: return isLuhnValid(text)
        case .iban: return isIBANValid(text)
        }
    }
}
