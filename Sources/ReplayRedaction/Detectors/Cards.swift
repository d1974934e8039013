/// Payment card numbers: 13–19 digits, grouped by four (Amex 4-6-5) or not, a network prefix, a valid Luhn digit.

extension Scanner {
    private static let amex = NumberShape.pattern([4, 6, 5])
    private static let diners = NumberShape.pattern([4, 6, 4])
    private static let uatp = NumberShape.pattern([4, 5, 6])
    /// A 13-digit Visa as some issuers print it: 4-3-3-3.
    private static let visa13 = NumberShape.pattern([4, 3, 3, 3])
    /// Words before a grouped number that is not a card (it may still pass Luhn by chance).
    static let notCardWords = CueWords([
        "order", "invoice", "tracking", "reference", "ref ", "ref:", "ref.", "policy", "imei", "isbn", "serial", "shipment",
        "parcel", "ticket", "booking", "case ", "sku", "ean", "gtin", "build", "version", "po ", "po#", "po:", "rastreio",
        "seguimiento", "suivi", "sendung", "spedizione", "pedido", "commande",
    ])

    /// Words that say a number is a payment card.
    static let cardWords = CueWords([
        "card", "karte", "carte", "tarjeta", "cartão", "cartao", "carta", "kaart", "karta", "kart", "kort", "kortti", "карт",
        "visa", "mastercard", "amex", "uatp", "troy", "rupay", "bc card", "pan=", "pan:", "カード", "卡", "카드", "कार्ड", "بطاقة",
        "البطاقة", "บัตร", "thẻ", "kartu", "kad ",
        // The fields that travel with a card number in payment payloads.
        "exp_month", "exp_year", "expiry", "exp_date", "expiration", "cvc", "cvv",
    ])

    func card(_ shape: NumberShape, _ k: Int) -> Match? {
        guard !shape.plus, shape.parenGroup < 0 || shape.parenGroup >= k else { return nil }
        let total = shape.digitCount(k)
        guard (13...19).contains(total) else { return nil }
        if k > 1 {
            let sep = shape.separator(1)
            guard sep == ASCII.space || sep == ASCII.dash || sep == NumberShape.nbsp || sep == ASCII.dot || sep == ASCII.slash,
                  shape.separators(k, all: { $0 == sep })
            else { return nil }
            let lengths = shape.lengths(k)
            let fours = k >= 4 && shape.groups(k - 1, all: { $0 == 4 }) && (1...4).contains(shape.length(k - 1))
                || lengths == Self.visa13 && p[shape.groupStart(0)] == UInt8(ascii: "4")
            // Dotted or slashed only as cards are grouped (4111.1111.1111.1111, 3056/930902/5904, 1325/01284/954714):
            // other such runs are versions, addresses and paths.
            if (sep == ASCII.dot || sep == ASCII.slash) && !(fours || lengths == Self.amex || lengths == Self.diners || lengths == Self.uatp) {
                return nil
            }
            if !(fours || lengths == Self.amex || lengths == Self.diners || lengths == Self.uatp && p[shape.groupStart(0)] == UInt8(ascii: "1")) {
                // Other splits as issuers print them: 4-4-5, 4-6-6, 4-4-4-7 (a first group of 4, middle groups of
                // 4 or 6, a last of 3–7) or 6-13, 4-12 (two groups, the first of 4 or 6) — the whole number, with
                // no group after it, and no word before it saying it is another kind of number.
                let first = shape.length(0), last = shape.length(k - 1)
                let split = k == 2 ? (first == 4 || first == 6) && last >= 7
                    : first == 4 && (1..<k - 1).allSatisfy({ shape.length($0) == 4 || shape.length($0) == 6 }) && (3...7).contains(last)
                guard split, k == shape.count,
                      !containsWord(from: lineStart(shape.start, limit: 32), to: shape.start, Self.notCardWords)
                else { return nil }
            }
        }
        let number = digits(shape, k)
        guard Card.luhnValid(number) else { return nil }
        // Uzcard, Humo and Napas numbers are no card after a word that says they are another kind of number.
        if Card.isNational(number), containsWord(from: lineStart(shape.start, limit: 48), to: shape.start, Self.notCardWords) { return nil }
        if !Card.hasNetworkPrefix(number) {
            // UATP, RuPay 8x, Troy and BC Card: grouped as a card, or after a word that says card.
            // The whole number (a 22-digit tracking number's first four groups are not a card), and no word
            // before it saying it is another kind of number.
            guard Card.hasRareNetworkPrefix(number), k == shape.count,
                  k > 1 || hasCue(at: shape.start, window: 40, Self.cardWords) || hasContext(after: shape.end(k), window: 60, Self.cardWords),
                  !containsWord(from: lineStart(shape.start, limit: 48), to: shape.start, Self.notCardWords)
            else { return nil }
        }
        return Match(start: shape.start, end: shape.end(k), kind: .card, normalized: String(decoding: number, as: UTF8.self))
    }
}

extension Scanner {
    /// A card in a GDS form of payment, glued to its network code: `FP CCVI4111…`, `FOP/CCCA5139…/1228` — `CC`,
    /// two capital letters, then the whole number (13–19 digits, a network prefix, a valid Luhn digit).
    func gdsCard(digitsAt i: Int, runEnd r: Int) -> Match? {
        let s = i - 4
        guard s >= floor, has("CC", at: s), isUpper(p[s + 2]), isUpper(p[s + 3]), !isAlnum(contextByte(s - 1)),
              (13...19).contains(r - i), !isAlnum(self[r])
        else { return nil }
        let number = Array(UnsafeBufferPointer(rebasing: p[i..<r]))
        guard Card.luhnValid(number), Card.hasNetworkPrefix(number) || Card.hasRareNetworkPrefix(number) else { return nil }
        return Match(start: i, end: r, kind: .card, normalized: String(decoding: number, as: UTF8.self))
    }
}

enum Card {
    /// The Luhn (mod 10) check over ASCII digits.
    static func luhnValid(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 2 else { return false }
        var sum = 0
        for (offset, byte) in digits.reversed().enumerated() {
            var d = Int(byte) - 48
            guard (0...9).contains(d) else { return false }
            if offset % 2 == 1 { d *= 2; if d > 9 { d -= 9 } }
            sum += d
        }
        return sum % 10 == 0
    }

    /// Uzcard (8600) and Humo (9860), Uzbekistan's national networks, and Napas (9704), Vietnam's: prefixes other
    /// long numbers share more often than the international networks'.
    static func isNational(_ digits: [UInt8]) -> Bool {
        digits.count >= 16 && nationalPrefixes.contains { digits.starts(with: $0) }
    }

    private static let nationalPrefixes: [[UInt8]] = ["8600", "9860", "9704"].map { Array($0.utf8) }

    /// Maestro's prefixes, whose cards run from 12 to 19 digits (13 and up are taken here).
    private static let maestro: Set<Int> = [5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763]

    /// UATP (1, 15 digits), RuPay (81, 82), Troy (9792) and BC Card (94), 16 digits: networks whose first digit
    /// other numbers share more often, so they count only as cards are written.
    static func hasRareNetworkPrefix(_ digits: [UInt8]) -> Bool {
        func prefix(_ count: Int) -> Int { digits.prefix(count).reduce(0) { $0 * 10 + Int($1) - 48 } }
        switch prefix(1) {
        case 1: return digits.count == 15
        case 8: return (81...82).contains(prefix(2)) && digits.count == 16
        case 9: return (prefix(4) == 9792 || prefix(2) == 94) && digits.count == 16
        default: return false
        }
    }

    /// Visa, Mastercard, Mir, Amex, Discover, Diners, JCB, UnionPay, Maestro, Uzcard, Humo and Napas prefixes with their lengths.
    static func hasNetworkPrefix(_ digits: [UInt8]) -> Bool {
        func prefix(_ count: Int) -> Int { digits.prefix(count).reduce(0) { $0 * 10 + Int($1) - 48 } }
        let length = digits.count
        if maestro.contains(prefix(4)) { return length >= 13 }
        switch prefix(1) {
        case 4: return length == 13 || length == 16 || length == 19
        case 2:
            if (2200...2204).contains(prefix(4)) { return length >= 16 }  // Mir
            return (2221...2720).contains(prefix(4)) && length == 16
        case 5: return (50...58).contains(prefix(2)) && length >= 16
        case 3:
            switch prefix(2) {
            case 34, 37: return length == 15
            case 30, 36, 38: return (14...16).contains(length)
            case 35: return length >= 16
            default: return false
            }
        case 6: return length >= 16
        case 8: return prefix(4) == 8600 && length == 16  // Uzcard
        case 9: return (prefix(4) == 9860 && length == 16) || (prefix(4) == 9704 && (length == 16 || length == 19))  // Humo, Napas
        default: return false
        }
    }
}
