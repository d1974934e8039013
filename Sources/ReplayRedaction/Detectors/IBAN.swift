/// IBANs: a country's exact length, written whole or in groups of four, with a valid ISO 7064 mod-97 checksum.

enum IBAN {
    static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
        "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
        "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21,
        "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30,
        "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
        "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
    ]

    /// Whether `chars` (upper-case letters and digits, no spaces) has a valid check: moved to the end,
    /// letters as 10–35, the number is 1 mod 97.
    static func checksumValid(_ chars: [UInt8]) -> Bool {
        guard chars.count >= 5 else { return false }
        var remainder = 0
        for byte in chars[4...] + chars[0..<4] {
            if isDigit(byte) {
                remainder = (remainder * 10 + Int(byte) - 48) % 97
            } else if isUpper(byte) {
                remainder = (remainder * 100 + Int(byte) - 55) % 97
            } else {
                return false
            }
        }
        return remainder == 1
    }
}

extension Scanner {
    func iban(from s: Int) -> Match? {
        let country = String(decoding: [p[s], p[s + 1]], as: UTF8.self)
        guard let length = IBAN.lengths[country], isDigit(self[s + 2]), isDigit(self[s + 3]) else { return nil }
        var chars: [UInt8] = []
        var i = s
        var grouped: Bool?
        while chars.count < length {
            let b = self[i]
            if isDigit(b) || isUpper(b) {
                chars.append(b)
                i += 1
            } else if b == ASCII.space && chars.count % 4 == 0 && chars.count > 0 && grouped != false {
                grouped = true
                i += 1
            } else {
                return nil
            }
            if chars.count == 4 && grouped == nil && self[i] != ASCII.space { grouped = false }
        }
        guard !isAlnum(self[i]), IBAN.checksumValid(chars) else { return nil }
        return Match(start: s, end: i, kind: .governmentID, normalized: String(decoding: chars, as: UTF8.self))
    }
}
