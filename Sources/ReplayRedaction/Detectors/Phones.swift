/// Phone numbers: +CC international, North American, European national groupings, grouped digits after "call".

extension Scanner {
    /// Words that say a number is a phone number when they come before it (or head its table column): English,
    /// and the common ones of German, French, Spanish, Portuguese, Italian, Dutch, Japanese, Chinese, Korean.
    /// Prefixes: "tel" covers Telefon, telefone, teléfono, telefono; "cell" cellulare; "mobil" Mobilnummer.
    static let phoneWords = CueWords([
        "phone", "tel", "call", "mobile", "cell", "fax", "whatsapp", "sms", "text me", "landline", "dial",
        "ring me", "reach me", "contact", "telefon", "téléphone", "tél", "handy", "numéro", "número", "celular",
        "móvil", "movil", "mobil", "mobiel", "portable", "joindre", "joignable", "appele", "appelez", "ligar", "ligue", "llam",
        "contato", "chiam", "bel me", "rufnummer", "llám", "me liga", "bellen", "anruf", "ruf mich", "reception", "hotline",
        "helpline", "switchboard", "recepcja", "zadzwoń", "zadzwon", "centralino",
        "電話", "携帯", "ケータイ", "电话", "手机", "전화", "휴대폰", "тел",
        "komórk", "komork", "puhelin", "gsm", "cep tel", "tlf", "mob.", "mob:", "no hp", "nomor hp", "sđt", "điện thoại",
        "मोबाइल", "फ़ोन", "फोन", "هاتف", "جوال", "טלפון", "נייד", "☎", "📞", "📱",
        "wa_id", "wa.me/", "msisdn", "phone_number", "whatsapp:", "caller", "ring til", "ring mig", "ringe", "nomor wa", "no wa",
        // A signature's one-letter labels: M: 0151…, T: 020…, P: …, Ph: …
        "m:", "t:", "p:", "ph:", "mob:", "cel:", "cep:",
        // "call" and "my number" in more languages.
        "liga para", "richiam", "zavolat", "zavolej", "להתקשר", "התקשר", "कॉल", "my number", "meine nummer", "mi número",
        "mon numéro", "meu número", "il mio numero", "mój numer", "mijn nummer", "mitt nummer", "disdette",
        // More of the same: "text my …", Polish "numer to", Greek, Nordic, Persian, Thai, Korean, Japanese,
        // Brazilian "zap" (WhatsApp).
        "text my", "text her", "text him", "numer to", "numer telefonu", "μήνυμα", "τηλέφωνο", "τηλ.", "κινητό", "nummeret mitt",
        "mit nummer", "min nummer", "mein nummer", "شماره", "موبایل", "เบอร์", "โทร", "번호", "번으로", "番号", "zap", "whats",
        // "m'appelle", a message (Norwegian, Danish, Swedish) to a number, someone else's number, "number" in
        // Indonesian and Russian (their order and invoice words are in notPhoneWords).
        "appell", "melding til", "besked til", "sms til", "sms till", "his number", "her number", "their number", "nomor", "номер",
        "die nummer", "seine nummer", "ihre nummer", "deine nummer",
        // "number" in Polish and Malay, "call me back" in French and Chinese, "contact details" in Finnish, Chinese
        // and Japanese, Hindi "number"; someone's number ("my plumber's number"), a call just made ("spoke with
        // Ana Ruiz (…)"), a business card's "Mob 0871…".
        "numer ", "numer:", "numerem", "numeru", "nombor", "rappel", "yhteystied", "回电", "回電", "联系", "聯絡", "連絡", "नंबर",
        "s number", "spoke with", "spoke to", "talked to", "mob ",
        // Uzbek and Arabic "number", Arabic "calls me", Bengali "number", Vietnamese "at the number", Cyrillic
        // labels in capitals (letters outside ASCII are matched as written).
        "raqam", "رقم", "يتصل", "নম্বর", "ফোন", "theo số", "Тел", "ТЕЛ", "Моб", "МОБ",
        // Italian and Finnish "number", Czech "number", Polish "call back" and "landline", Vietnamese "my number".
        "numero", "číslo", "čísl", "oddzwon", "stacjonarn", "số của",
        // Greek "call me at", Vietnamese "new number" (capitals outside ASCII are matched as written), an SMS
        // provider's webhook.
        "πάρε με", "Πάρε με", "số mới", "Số mới", "Số của", "twilio",
        // Chinese "dial" and "call (formally)", Hungarian "my number" (not "számla", an invoice), Romanian "number",
        // Vietnamese "call".
        "拨打", "撥打", "致电", "致電", "számom", "számot", "számunk", "numărul", "număr", "gọi", "Gọi",
        // Greek "phone" in any inflection (τηλέφωνό μου) and "call" (με παίρνουν); "number" and "call me" in more
        // languages: Afrikaans, Swahili, Tagalog, Turkish, Serbo-Croatian, Slovak and Czech, Russian, Bulgarian,
        // Ukrainian, Lithuanian, Latvian, Urdu, Tamil, Telugu, Catalan, Finnish, Hungarian, Romanian.
        "τηλεφ", "τηλέφ", "παίρν", "nommer", "bel my", "namba", "nambari", "tawagan", "numero ko", "numaram", "beni ara", "arayın", "broj", "nazovi",
        "zavolaj", "volejte", "позвони", "звони", "обади", "зателефонуй", "дзвони", "numeris", "skambink", "numurs", "zvani",
        "نمبر", "فون", "எண்", "నంబర్", "truca", "soita", "numeroni", "hívj", "sună-mă", "suna-ma", "sunați",
        // Hinglish "my number", "call me".
        "mera number", "mera no", "mera nambar", "mere number", "meri number", "mujhe call",
    ])
    /// Words that name a phone (not "number", "call" or "contact", which also come before other numbers).
    static let phoneNames = CueWords([
        "phone", "tel", "mobile", "cell", "fax", "whatsapp", "handy", "celular", "móvil", "movil", "mobiel", "portable",
        "電話", "携帯", "电话", "手机", "전화", "тел", "komórk", "komork", "puhelin", "gsm", "tlf", "sđt", "điện thoại",
        "मोबाइल", "फ़ोन", "फोन", "هاتف", "جوال", "טלפון", "נייד", "☎", "📞", "📱",
    ])
    /// Words that say a number is something else even after "número" or "call" (order, invoice, tracking, ...).
    static let notPhoneWords = CueWords([
        "order", "invoice", "tracking", "reference", "ref ", "ref.", "ref:", "policy", "ticket", "serial",
        "pedido", "factura", "orden", "seguimiento", "referencia", "commande", "facture", "suivi", "référence",
        "dossier", "bestell", "rechnung", "sendung", "auftrag", "ordine", "fattura", "encomenda", "fatura",
        "rastreio", "注文", "請求", "伝票", "zamówieni", "zamowieni", "faktur", "przesyłk", "przesylk", "sipariş", "siparis",
        "fatura no", "bestelling", "factuur", "expediente", "aktenzeichen", "conference id", "meeting id", "webinar id",
        "passcode", "zoom id", "timestamp", "epoch", "created", "updated", "expires", "追跡", "配送", "問い合わせ", "会員", "口座",
        "isbn", "issn", "pmid", "arxiv", "doi", "case number", "case no", "case id", "case #", "po ", "po#", "po:",
        "purchase order", "serial", "sku", "part number", "lot ", "telegram", "заказ", "счет", "счёт", "накладн", "трек",
        "договор", "пасп", "version", "build ", "release", "part no", "siren", "siret", "serie", "série", "طلب", "التتبع", "تتبع", "فاتورة", "شحن", "pesanan", "resi", "tagihan", "rekening", "주문", "운송장", "송장", "계좌", "คำสั่งซื้อ", "พัสดุ", "سفارش", "حساب", "پیگیری", "παραγγελ", "αποστολ", "đơn hàng", "mã đơn", "vận đơn", "hóa đơn",
        // Parcel carriers: a number after one is a tracking number.
        "fedex", "ups ", "usps", "dhl", "tnt ", "gls ", "dpd", "hermes", "correos", "chronopost", "colissimo", "royal mail",
        "canada post", "auspost", "yamato", "sagawa", "顺丰", "快递", "运单", "快遞",
        // Company and tax registration numbers (DUNS 09-078-…, ABN, VAT, EIN, NIP, KvK, CNPJ, Steuernummer).
        "duns", "d-u-n-s", "abn", "acn", "vat", "tva", "ein ", "ein:", "ein#", "cnpj", "kvk", "nip ", "nip:", "regon", "ust-id",
        "ustid", "steuernummer", "steuer-id", "gstin", "tax id", "tax no", "tax number", "ičo", "org.nr", "orgnr", "cvr", "kbo",
        "company no", "company number", "company reg", "registration no", "registration number", "reg. no", "handelsregister",
        // Order and invoice in the languages whose "number" and "call" words are above.
        "narudžb", "račun", "objednávk", "objednavk", "faktúr", "užsakym", "pasūtījum", "bestilling", "beställning", "tilaus",
        "lasku", "rendelés", "számla", "comand", "factur", "замовлен", "рахун", "поръчк", "фактур", "sifariş",
    ])
    /// Nouns that say so when they follow the number on its line ("… is not a valid phone number").
    static let phoneNouns = CueWords([
        "phone", "mobile", "cell", "fax", "whatsapp", "landline", "telefon", "téléphone", "teléfono", "celular", "handy",
        "电话", "電話", "短信", "手机", "numarasından", "numarasına", "연락", "számon", "számra", "raqam", "zurückruf", "rückruf", "anrufen",
        // Hinglish: "… se call aaya" (a call came from …), "… pe call karo", "… par message karo".
        "se call", "pe call", "par call", "ko call", "pe message", "par message", "pe sms", "par sms",
        // Turkish "… numarasını arayın" (call the number …).
        "numarasını", "numarası ", "numaram",
    ])
    private static let nanp = NumberShape.pattern([3, 3, 4])
    private static let nanpWithOne = NumberShape.pattern([1, 3, 3, 4])
    private static let isoDate = NumberShape.pattern([4, 2, 2])
    private static let dayFirstDate = NumberShape.pattern([2, 2, 4])

    func phone(_ shape: NumberShape, _ k: Int) -> Match? {
        let total = shape.digitCount(k)
        guard total >= 7, total <= 17 else { return nil }
        let dotted = shape.separators(k, contain: ASCII.dot)
        // Dots throughout, or after an area code and a slash (0483/87.45.21, Belgium); after a +country code,
        // dots may follow a space (+39 328.3807580, +45 20.16.04.83).
        let international = shape.plus && shape.separator(1) != ASCII.dot
        if dotted && !international && !(2..<max(k, 2)).allSatisfy({ shape.separator($0) == ASCII.dot }) { return nil }
        if dotted && !international
            && !(shape.separator(1) == ASCII.dot || (shape.separator(1) == ASCII.slash && p[shape.groupStart(0)] == UInt8(ascii: "0"))) {
            return nil
        }
        // +36 50/789-7920: after a country code, a slash may follow the area code (Hungary, Germany, Austria).
        let slashAfterArea = shape.plus && k >= 3 && shape.separator(1) == ASCII.space && shape.separator(2) == ASCII.slash
            && !(3..<k).contains(where: { shape.separator($0) == ASCII.slash })
        if !slashAfterArea && (2..<max(k, 2)).contains(where: { shape.separator($0) == ASCII.slash }) { return nil }
        let slashed = shape.separators(k, contain: ASCII.slash) && !slashAfterArea
        let first = p[shape.groupStart(0)]
        // 3745749679@163.com: digits before an `@` are an address's local part, unless a PBX dials them
        // (PJSIP/4915…@trunk, 0044…@from-trunk).
        if self[shape.end(k)] == ASCII.at && !afterDialChannel(shape.start)
            && !(first == UInt8(ascii: "0") && self[shape.groupStart(0) + 1] == UInt8(ascii: "0")) {
            return nil
        }
        // 646 628 870#: a conference's dial-in id, keyed in before the pound key.
        if self[shape.end(k)] == ASCII.hash { return nil }
        let second = shape.length(0) > 1 ? p[shape.groupStart(0) + 1] : p[shape.groupStart(1)]
        var skip = -1
        var accepted = false
        // Accepted for its shape alone (no country code, no cue word): a word like "order" before it says otherwise.
        var byShape = true
        if shape.plus {
            byShape = false
            // +44 (0)20 ...: the (0) is a trunk prefix, not part of the number.
            if shape.parenGroup == 1 && k > 1 && shape.length(1) == 1 && p[shape.groupStart(1)] == UInt8(ascii: "0") { skip = 1 }
            let count = total - (skip >= 0 ? 1 : 0)
            accepted = (8...15).contains(count) && (k >= 2 || count >= 10) && !slashed
        } else if first == UInt8(ascii: "0") && second == UInt8(ascii: "0") {
            // 0044 20 7946 0958; written whole only as a dialled address (0033757386975@trunk).
            accepted = (k >= 2 || self[shape.end(k)] == ASCII.at) && (11...17).contains(total) && !slashed && !dotted
        } else if isNorthAmerican(shape, k) {
            accepted = true
        } else if first == UInt8(ascii: "0") {
            accepted = isNationalGrouping(shape, k, total: total, dotted: dotted)
        } else if shape.parenGroup == 0 {
            accepted = isAreaInParentheses(shape, k, total: total)
        } else if shape.parenGroup == 1 && shape.length(0) == 1 && (first == UInt8(ascii: "8") || first == UInt8(ascii: "7")) && total == 11 {
            // 8 (903) 606-29-64: the Russian trunk 8 (or the country code 7 without its +) before the area code.
            accepted = shape.length(1) == 3 && k >= 3
        } else if shape.parenGroup < 0 && self[shape.start - 1] == ASCII.openParen && self[shape.end(k)] == ASCII.closeParen
                    && !isWordByte(contextByte(shape.start - 2)) {
            accepted = isWrappedGrouping(shape, k, total: total)
        }
        if !accepted && (isBrazilianMobile(shape, k) || isChineseMobile(shape, k) || isNationalMobile(shape, k)) { accepted = true }
        // The last groups of a longer number (ABN 70 077 618 362: "077 618 362" after "70 "): not a phone for its
        // shape alone.
        if accepted && byShape && !shape.plus && shape.parenGroup < 0, isBlank(contextByte(shape.start - 1)) || contextByte(shape.start - 1) == ASCII.dash,
           isDigit(contextByte(shape.start - 2)) {
            accepted = false
        }
        if accepted && byShape, let other = lastWord(from: clauseStart(shape.start, limit: 40), to: shape.start, Self.notPhoneWords),
           (lastWord(from: max(0, shape.start - 40), to: shape.start, Self.phoneWords) ?? -1) < other {
            return nil  // "Tu pedido 095-1615801", "Número de pedido …" (but "order shipped, call 020 7946 0958")
        }
        if !accepted && total <= 15 {
            let lengths = shape.lengths(k)
            // A bare run of 9 (612345678, Spain) only right after a word that names a phone, or under one.
            // Eight digits (Norway, Denmark) only right after a word that says phone or "my number".
            let plausible = k == 1 ? total >= 10 || (total == 9 && (hasCue(at: shape.start, window: 16, Self.phoneNames)
                    || listHeading(above: shape.start).map { containsWord(from: $0.lowerBound, to: $0.upperBound, Self.phoneWords) } == true
                    || sqlColumn(of: shape.start).map { containsWord(from: $0.lowerBound, to: $0.upperBound, Self.phoneWords) } == true))
                    || ((8...9).contains(total) && !isCompactDate(shape.start, total)
                        && hasContext(before: shape.start, window: self[shape.start - 1] == ASCII.openParen ? 40 : 24, Self.phoneWords))
                : lengths != Self.isoDate && lengths != Self.dayFirstDate && shape.groups(k, all: { $0 <= 8 })
                    && ((0..<k).contains { shape.length($0) >= 3 } || (k >= 4 && (8...10).contains(total) && shape.groups(k, all: { $0 == 2 })))
                    && !startsWithDate(shape, k)
            accepted = plausible && (hasCue(at: shape.start, window: cueWindow(before: shape.start), Self.phoneWords) || isMessageAddress(shape.start)
                || cueBeforeAdjacentMatch(shape.start)
                || hasContext(after: shape.end(k), window: 40, Self.phoneNouns)
                || (k == 1 && isAddressee(shape.start) && hasContext(before: shape.start, window: 240, Self.phoneWords)))
                && !containsWord(from: clauseStart(shape.start, limit: 40), to: shape.start, Self.notPhoneWords)
                && !(k == 1 && namesAnID(before: shape.start))
        }
        // The number a PBX dials, with its country code and no +: Dial(PJSIP/61282186514@trunk-out).
        if !accepted && k == 1 && self[shape.end(1)] == ASCII.at && afterDialChannel(shape.start) && (10...15).contains(total) {
            accepted = true
        }
        guard accepted else { return nil }
        return Match(start: shape.start, end: shape.end(k), kind: .phone, normalized: Self.normalizedPhone(digits(shape, k, skipping: skip)))
    }

    /// How far back a cue word may stand: 40 bytes, or 72 where the text before is mostly in a script of two or
    /// three bytes a letter (Greek, Cyrillic, Hindi: "με παίρνουν συνέχεια από το …" is 25 letters, 46 bytes).
    private func cueWindow(before s: Int) -> Int {
        let from = max(0, s - 40)
        let wide = (from..<s).reduce(0) { $0 + (p[$1] >= 0x80 ? 1 : 0) }
        return wide * 2 >= s - from ? 72 : 40
    }

    /// Whether a value found just before `s` (an e-mail address, separated by ` / `, `, `, ` | ` or the like) has a
    /// phone word before it: "contato: ana@… / 41963186143", the number listed with the address after one cue.
    private func cueBeforeAdjacentMatch(_ s: Int) -> Bool {
        guard let last = matches.last, last.end <= s, s - last.end <= 4,
              (last.end..<s).allSatisfy({ isBlank(p[$0]) || p[$0] == ASCII.slash || p[$0] == ASCII.comma || p[$0] == ASCII.pipe
                  || p[$0] == ASCII.semicolon || p[$0] == ASCII.dash })
        else { return false }
        return hasContext(before: last.start, window: 40, Self.phoneWords)
    }

    /// The start of `i`'s line (or `i - limit`), where an escaped line break (`\n` in a JSON string) also ends one.
    func clauseStart(_ i: Int, limit: Int) -> Int {
        var s = i
        while s > 0 && i - s < limit && p[s - 1] != ASCII.newline && !escapedBreak(before: s) { s -= 1 }
        return s
    }

    private static let brazilMobile = NumberShape.pattern([2, 5, 4])
    private static let brazilLandline = NumberShape.pattern([2, 4, 4])
    private static let chinaMobile = NumberShape.pattern([3, 4, 4])

    /// 61 96802-5684 or 41 3155-1754: a Brazilian area code (two digits, no 0), a space, then a mobile (9xxxx) or a
    /// landline (2xxx–5xxx) number with its dash; or 71 982687646: the area code and a mobile (9 and eight digits)
    /// written with one space.
    private func isBrazilianMobile(_ shape: NumberShape, _ k: Int) -> Bool {
        guard k == 2 || k == 3, !shape.plus, shape.parenGroup < 0, shape.separator(1) == ASCII.space else { return false }
        let area = shape.groupStart(0), local = p[shape.groupStart(1)]
        guard shape.length(0) == 2, p[area] != UInt8(ascii: "0"), p[area + 1] != UInt8(ascii: "0") else { return false }
        if k == 2 { return shape.length(1) == 9 && local == UInt8(ascii: "9") }
        guard shape.separator(2) == ASCII.dash else { return false }
        let lengths = shape.lengths(k)
        return (lengths == Self.brazilMobile && local == UInt8(ascii: "9"))
            || (lengths == Self.brazilLandline && local >= UInt8(ascii: "2") && local <= UInt8(ascii: "5"))
    }

    /// 139-1234-5678 or 139 1234 5678: a Chinese mobile number, 1[3-9]x, in 3-4-4 groups.
    private func isChineseMobile(_ shape: NumberShape, _ k: Int) -> Bool {
        guard k == 3, !shape.plus, shape.parenGroup < 0, shape.lengths(k) == Self.chinaMobile, Self.uniformSeparator(shape, k),
              shape.separator(1) != ASCII.dot
        else { return false }
        let s = shape.groupStart(0)
        return p[s] == UInt8(ascii: "1") && p[s + 1] >= UInt8(ascii: "3")
    }

    /// 20251012: eight digits that read as a date (19xx or 20xx, a month, a day).
    private func isCompactDate(_ s: Int, _ total: Int) -> Bool {
        guard total == 8 else { return false }
        let d = (0..<8).map { Int(p[s + $0]) - 48 }
        let year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3], month = d[4] * 10 + d[5], day = d[6] * 10 + d[7]
        return (1900...2099).contains(year) && (1...12).contains(month) && (1...31).contains(day)
    }

    /// Whether a PBX channel (`SIP/`, `PJSIP/`, `IAX2/`, `DAHDI/`) stands right before `i`.
    func afterDialChannel(_ i: Int) -> Bool {
        has("SIP/", at: i - 4) || has("IAX2/", at: i - 5) || has("DAHDI/", at: i - 6)
    }

    /// Whether `i` is in the `address` column of a table of text messages (a header row with `address` and `body`,
    /// as Android's SMS store and the apps that export it name them): that column holds the other side's number.
    private func isMessageAddress(_ i: Int) -> Bool {
        guard let cell = headerCell(above: i), cell.count == 7, hasFolded("address", at: cell.lowerBound) else { return false }
        var s = cell.lowerBound, e = cell.upperBound
        while s > 0 && cell.lowerBound - s < 256 && p[s - 1] != ASCII.newline && !escapedBreak(before: s) { s -= 1 }
        while e < n && e - cell.upperBound < 256 && p[e] != ASCII.newline && !(p[e] == ASCII.backslash && self[e + 1] == UInt8(ascii: "n")) {
            e += 1
        }
        var k = s
        while k + 4 <= e {
            if hasFolded("body", at: k) && !isAlpha(contextByte(k - 1)) && !isAlpha(self[k + 4]) { return true }
            k += 1
        }
        return false
    }

    /// JSON keys that hold who a message goes to or comes from.
    private static let addresseeKeys: Set<String> = ["to", "from", "recipient", "recipient_id", "sender", "destination", "number", "caller",
                                                     "callee", "contact", "msisdn", "dest", "src"]

    /// Whether the number at `s` is the value of an addressee key in JSON (`"to": "4915123456789"`, `"from":
    /// 4915…`): in a messaging payload (a cue word within the object before it) such a number is a phone number
    /// written as bare digits with its country code.
    private func isAddressee(_ s: Int) -> Bool {
        var k = s
        // The value's opening quote (escaped inside a JSON string: \"), then `:` and the key's closing quote.
        if self[k - 1] == ASCII.quote { k -= 1; if self[k - 1] == ASCII.backslash { k -= 1 } }
        while k > 0 && isBlank(p[k - 1]) { k -= 1 }
        guard self[k - 1] == ASCII.colon else { return false }
        k -= 1
        while k > 0 && isBlank(p[k - 1]) { k -= 1 }
        guard self[k - 1] == ASCII.quote else { return false }
        k -= 1
        if self[k - 1] == ASCII.backslash { k -= 1 }
        let keyEnd = k
        var keyStart = keyEnd
        while keyStart > 0 && keyEnd - keyStart < 16 && (isAlnum(p[keyStart - 1]) || p[keyStart - 1] == ASCII.underscore) { keyStart -= 1 }
        guard keyStart < keyEnd, self[keyStart - 1] == ASCII.quote else { return false }
        return Self.addresseeKeys.contains(string(keyStart, keyEnd).lowercased())
    }

    private static let nineInThrees = NumberShape.pattern([3, 3, 3])
    private static let twoFives = NumberShape.pattern([5, 5])
    private static let threeThenTwos = NumberShape.pattern([3, 3, 2, 2])
    private static let spanishThreeTwos = NumberShape.pattern([3, 2, 2, 2])
    private static let mexican = NumberShape.pattern([2, 4, 4])
    private static let italianMobile = NumberShape.pattern([3, 7])
    private static let italianThreeThreeFour = NumberShape.pattern([3, 3, 4])
    private static let trunkThenThreeThreeTwoTwo = NumberShape.pattern([1, 3, 3, 2, 2])
    private static let koreanMobile = NumberShape.pattern([3, 4, 4])

    /// Mobile numbers written as their owners write them at home, with no country code and no word before them:
    /// 512 345 678 / 912-345-678 (Poland, Portugal, Spain: nine digits in threes, the first 4–9, not an amount),
    /// 347 1234567 (Italy: 3xx, then seven), 0612345678 (France, 06/07), 07911123456 (UK, 07), 05321234567
    /// (Turkey, 05) written whole.
    private func isNationalMobile(_ shape: NumberShape, _ k: Int) -> Bool {
        guard !shape.plus else { return false }
        let s = shape.groupStart(0)
        let first = p[s], second = p[s + 1]
        let lengths = shape.lengths(k)
        // 8 925 721-80-17 (Russia: the trunk 8, a 9xx mobile code) and 0 (532) 123 45 67 (Turkey: the trunk 0,
        // a 5xx mobile code, in parentheses or not).
        if k == 5, lengths == Self.trunkThenThreeThreeTwoTwo, shape.parenGroup < 0 || shape.parenGroup == 1 {
            let code = p[shape.groupStart(1)]
            return (first == UInt8(ascii: "8") && code == UInt8(ascii: "9")) || (first == UInt8(ascii: "0") && code == UInt8(ascii: "5"))
        }
        guard shape.parenGroup < 0 else { return false }
        // 010.4568.4727 (Korea: 010/011/016–019, then four and four, dotted as often as dashed).
        if k == 3, lengths == Self.koreanMobile, Self.uniformSeparator(shape, k), first == UInt8(ascii: "0"), second == UInt8(ascii: "1"),
           p[s + 2] == UInt8(ascii: "0") || p[s + 2] == UInt8(ascii: "1") || p[s + 2] >= UInt8(ascii: "6") {
            return true
        }
        if k == 3, lengths == Self.nineInThrees, first >= UInt8(ascii: "4"), Self.uniformSeparator(shape, k),
           shape.separator(1) == ASCII.space || shape.separator(1) == ASCII.dash {
            // The whole number: not the last groups of a longer one (an ABN 89 123 456 789, a tax id 14 905 344 729).
            let before = contextByte(shape.start - 1), after = self[shape.end(k)]
            if (isBlank(before) || before == ASCII.dash) && isDigit(contextByte(shape.start - 2)) { return false }
            if (isBlank(after) || after == ASCII.dash) && isDigit(self[shape.end(k) + 1]) { return false }
            return !isAmount(shape, k)
        }
        // 505 310 44 67 (Turkey: a 5xx mobile without its trunk 0) and 934 67 55 67 or 612 34 56 78 (Spain: a
        // landline 8xx/9xx or a mobile 6xx/7xx): three digits, then groups of three and two or of two, spaced.
        if k == 4, lengths == Self.threeThenTwos || lengths == Self.spanishThreeTwos, shape.separators(k, all: { Self.isSpaceSeparator($0) }),
           first >= UInt8(ascii: "5") {
            return !isAmount(shape, k)
        }
        // 347 1234567 (Italy: 3[2-9]x) and 300 1234567 (Colombia: 30x–35x), a mobile's prefix and seven digits;
        // 333 123 4567, Italy's in 3-3-4 groups (a North American shape, but no exchange there starts with 0 or 1).
        if k == 2, lengths == Self.italianMobile, Self.isSpaceSeparator(shape.separator(1)), first == UInt8(ascii: "3") {
            return true
        }
        if k == 3, lengths == Self.italianThreeThreeFour, Self.uniformSeparator(shape, k), Self.isSpaceSeparator(shape.separator(1)),
           first == UInt8(ascii: "3"), second >= UInt8(ascii: "2") {
            return !isAmount(shape, k)
        }
        // 72450 53060 (India: a mobile 6–9xxxx in two fives), 33 4980 9107 (Mexico: Guadalajara, Mexico City,
        // Monterrey area codes, then 4 and 4).
        if k == 2, lengths == Self.twoFives, first >= UInt8(ascii: "6"), Self.isSpaceSeparator(shape.separator(1)) { return true }
        if k == 3, lengths == Self.mexican, Self.uniformSeparator(shape, k), Self.isSpaceSeparator(shape.separator(1)),
           (first == UInt8(ascii: "3") && second == UInt8(ascii: "3")) || (first == UInt8(ascii: "5") && (second == UInt8(ascii: "5") || second == UInt8(ascii: "6")))
            || (first == UInt8(ascii: "8") && second == UInt8(ascii: "1")) {
            return true
        }
        // Written whole, a number is a phone only where no id is named before it (`"user_id": 3346891588`,
        // `chat id 0612345678`): ids of ten or more digits are common in logs.
        guard k == 1, !namesAnID(before: s) else { return false }
        let third = p[s + 2]
        // 3346891588: an Italian mobile (3[2-9]x) written whole.
        if first == UInt8(ascii: "3"), shape.length(0) == 10 { return second >= UInt8(ascii: "2") }
        // 89161234567: a Russian mobile with its trunk 8, written whole.
        if first == UInt8(ascii: "8"), shape.length(0) == 11 { return second == UInt8(ascii: "9") }
        // 13812345678: a Chinese mobile written whole, against Chinese or Japanese text (no spaces between words).
        if first == UInt8(ascii: "1"), shape.length(0) == 11, second >= UInt8(ascii: "3") {
            return Self.isCJKLead(contextByte(s - 3)) || Self.isCJKLead(self[shape.end(k)])
        }
        guard first == UInt8(ascii: "0") else { return false }
        switch shape.length(0) {
        // Ten digits after the trunk 0 are a phone number in much of the world: France 02–09, Australia and
        // Belgium 04xx, Kenya 07xx, Israel 05x, Taiwan 09xx, Vietnam 03x/08x/09x, Sydney 02 (not 00, the international
        // prefix, nor 01: Paris's numbers need a cue word, as 0123456789 is everyone's made-up number).
        case 10: return second >= UInt8(ascii: "2")
        case 11:
            // UK 07…, Turkey 05…, Japan 070/080/090, Korea 010, Iran and the Philippines 09…, Germany 015–017,
            // Indonesia 08[1-9], London and the UK's other 02x areas.
            // (Japan's 070 only against Japanese text: the UK's 070 is a personal number.)
            return (second == UInt8(ascii: "7") && third >= UInt8(ascii: "1")) || second == UInt8(ascii: "5") || second == UInt8(ascii: "9")
                || (second == UInt8(ascii: "7") && (Self.isCJKLead(contextByte(s - 3)) || Self.isCJKLead(self[shape.end(k)])))
                || second == UInt8(ascii: "8") || (second == UInt8(ascii: "1") && third == UInt8(ascii: "0"))
                || (second == UInt8(ascii: "1") && (UInt8(ascii: "5")...UInt8(ascii: "7")).contains(third))
                || (second == UInt8(ascii: "2") && [UInt8(ascii: "0"), UInt8(ascii: "3"), UInt8(ascii: "4"), UInt8(ascii: "8"), UInt8(ascii: "9")].contains(third))
                || (second == UInt8(ascii: "6") && third >= UInt8(ascii: "5"))  // Austria 065x–069x
        // Germany 015–017; Indonesia 08[1-9] (up to 13 digits).
        case 12: return (second == UInt8(ascii: "1") && (UInt8(ascii: "5")...UInt8(ascii: "7")).contains(third)) || (second == UInt8(ascii: "8") && third >= UInt8(ascii: "1"))
        case 13: return second == UInt8(ascii: "8") && third >= UInt8(ascii: "1")
        default: return false
        }
    }

    /// Whether `b` leads a three-byte character of the CJK blocks (kana, ideographs, full-width forms).
    private static func isCJKLead(_ b: UInt8) -> Bool { (0xE3...0xE9).contains(b) || b == 0xEF }

    /// Whether an id is named in the 32 bytes before `s`: the word `id` in any case, standing alone or ending an
    /// identifier (`user_id`, `chatId`, `"id":`, `PID`), not inside a word (`paid`, `David`), and not WhatsApp's
    /// `wa_id` or a caller id.
    private func namesAnID(before s: Int) -> Bool {
        var k = max(floor, s - 32)
        while k + 1 < s {
            if lowered(p[k]) == UInt8(ascii: "i") && lowered(p[k + 1]) == UInt8(ascii: "d") && !isAlnum(self[k + 2])
                && (k == 0 || !isLower(p[k - 1]) || p[k] == UInt8(ascii: "I"))
                // (WhatsApp's wa_id and a caller id are phone numbers.)
                && !hasFolded("wa_", at: k - 3) && !hasFolded("caller", at: k - 6) && !hasFolded("caller", at: k - 7)
                // ("customer_id": 39485, "msisdn": 3471…: a phone word after the id names the number.)
                && !containsWord(from: k + 2, to: s, Self.phoneWords) {
                return true
            }
            k += 1
        }
        return false
    }

    /// Whether a currency or a unit stands next to the number (€ 512 345 678, 512 345 678 zł, … habitantes):
    /// an amount or a count written with spaces between thousands, not a phone number.
    private func isAmount(_ shape: NumberShape, _ k: Int) -> Bool {
        var b = shape.start
        while b > 0 && shape.start - b < 2 && isBlank(p[b - 1]) { b -= 1 }
        if currencySign(endingAt: b) { return true }
        // USD 423 960 878, total 512 345 678, kwota 912 345 678.
        if containsWord(from: max(0, shape.start - 16), to: shape.start, Self.amountWordsBefore) { return true }
        var a = shape.end(k)
        while a < n && a - shape.end(k) < 2 && isBlank(p[a]) { a += 1 }
        if currencySign(startingAt: a) { return true }
        return containsWord(from: a, to: min(n, a + 12), Self.amountWords) && a > shape.end(k)
    }

    /// Whether a currency sign starts at `i`: `$`, `£` `¥` `¢`, or one of Unicode's currency symbols (U+20A0–U+20CF:
    /// € ₽ ₺ ₹ ₴ ₩ …), not any character that shares their lead byte (an em dash, an ellipsis).
    private func currencySign(startingAt i: Int) -> Bool {
        let b = self[i]
        if b == ASCII.dollar { return true }
        if b == 0xC2 { return self[i + 1] == 0xA2 || self[i + 1] == 0xA3 || self[i + 1] == 0xA5 }
        return b == 0xE2 && (self[i + 1] == 0x82 && self[i + 2] >= 0xA0 || self[i + 1] == 0x83 && self[i + 2] <= 0x8F)
    }

    /// Whether a currency sign ends just before `i` (see `currencySign(startingAt:)`).
    private func currencySign(endingAt i: Int) -> Bool {
        self[i - 1] == ASCII.dollar || (i >= 2 && currencySign(startingAt: i - 2) && p[i - 2] == 0xC2)
            || (i >= 3 && p[i - 3] == 0xE2 && currencySign(startingAt: i - 3))
    }

    /// Currency codes and words that say an amount follows.
    static let amountWordsBefore = CueWords([
        "usd", "eur", "gbp", "pln", "chf", "jpy", "cny", "inr", "brl", "mxn", "rub", "try", "sek", "nok", "dkk", "czk", "huf", "ron",
        "total", "amount", "price", "cost", "sum", "kwota", "cena", "suma", "preço", "precio", "prix", "montant", "betrag", "importe",
        "valor", "prezzo", "importo", "bedrag", "prijs", "сумма", "цена",
    ])

    /// Currencies and units written after a number.
    static let amountWords = CueWords([
        "zł", "zl", "pln", "eur", "euro", "usd", "gbp", "chf", "kr", "kč", "czk", "ft", "huf", "lei", "ron", "руб", "грн", "₽",
        "rub", "uah", "try", "tl", "dollar", "dólar", "real", "reais", "peso", "people", "persons", "inhabitants", "habitantes",
        "habitants", "einwohner", "mieszka", "abitanti", "bytes", "km", "kg", "tonnes", "tons", "units", "sztuk", "unidades",
        "views", "downloads", "users", "times", "votes", "mil", "mln", "million", "milion",
    ])

    /// Digits only, written one way: 0044… as 44…, and a North American 1 dropped (+1 415…, 1-415…, (415)… alike).
    static func normalizedPhone(_ digits: [UInt8]) -> String {
        var d = digits[...]
        if d.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "0")]) { d = d.dropFirst(2) }
        if d.count == 11 && d.first == UInt8(ascii: "1") { d = d.dropFirst() }
        return String(decoding: d, as: UTF8.self)
    }

    /// (415) 555-0132, 415-555-0132, 415.555.0132, 415 555 0132, 1-800-555-0199: area and exchange 2–9.
    private func isNorthAmerican(_ shape: NumberShape, _ k: Int) -> Bool {
        let lengths = shape.lengths(k)
        let area: Int
        if lengths == Self.nanp && shape.parenGroup <= 0 {
            area = 0
        } else if lengths == Self.nanpWithOne && p[shape.groupStart(0)] == UInt8(ascii: "1")
                    && (shape.parenGroup == -1 || shape.parenGroup == 1) {
            area = 1
        } else {
            return false
        }
        if shape.separators(k, contain: ASCII.slash) { return false }
        if shape.separators(k, contain: 0) && shape.parenGroup != area { return false }
        return p[shape.groupStart(area)] >= UInt8(ascii: "2") && p[shape.groupStart(area + 1)] >= UInt8(ascii: "2")
    }

    /// 2024-03-11 09 14 (a date and the time after it): a year 19xx or 20xx, then two groups of 1–2 digits,
    /// dashes, slashes or dots between.
    private func startsWithDate(_ shape: NumberShape, _ k: Int) -> Bool {
        guard k >= 3, shape.length(0) == 4, (1...2).contains(shape.length(1)), (1...2).contains(shape.length(2)) else { return false }
        let sep = shape.separator(1)
        guard sep == ASCII.dash || sep == ASCII.slash || sep == ASCII.dot, shape.separator(2) == sep else { return false }
        let century = p[shape.groupStart(0)] == UInt8(ascii: "1") ? UInt8(ascii: "9") : UInt8(ascii: "0")
        return (p[shape.groupStart(0)] == UInt8(ascii: "1") || p[shape.groupStart(0)] == UInt8(ascii: "2"))
            && p[shape.groupStart(0) + 1] == century
    }

    /// (11) 98765-4321, (41) 3155-1754, (612) 345 6789: an area code of 2–4 digits in parentheses, then 2–3
    /// groups of 3–5 digits (the last of 4–5) after a space, a dash or nothing.
    private func isAreaInParentheses(_ shape: NumberShape, _ k: Int, total: Int) -> Bool {
        guard !shape.plus, k >= 3, k <= 4, (9...12).contains(total), (2...4).contains(shape.length(0)) else { return false }
        guard (1..<k).allSatisfy({ (3...5).contains(shape.length($0)) }), shape.length(k - 1) >= 4 else { return false }
        let first = shape.separator(1)
        guard first == 0 || Self.isSpaceSeparator(first) else { return false }
        return (2..<k).allSatisfy { shape.separator($0) == ASCII.dash || Self.isSpaceSeparator(shape.separator($0)) }
    }

    /// (11 98765 4321), (91428 51686 00): a whole number in parentheses, in 3–4 groups of 2–5 digits separated by
    /// spaces or dashes, the last of 4–5, 10–12 digits in all (no date or version is written so).
    private func isWrappedGrouping(_ shape: NumberShape, _ k: Int, total: Int) -> Bool {
        guard !shape.plus, (3...4).contains(k), (10...12).contains(total), shape.groups(k, all: { (2...5).contains($0) }),
              shape.length(k - 1) >= 4
        else { return false }
        return shape.separators(k, all: { $0 == ASCII.dash || Self.isSpaceSeparator($0) })
    }

    /// 020 7946 0958, 07700 900123, 030/12345678, 0176 12345678, 01 23 45 67 89, 06.12.34.56.78, (02) 9876 5432.
    private func isNationalGrouping(_ shape: NumberShape, _ k: Int, total: Int, dotted: Bool) -> Bool {
        guard k >= 2, (9...12).contains(total), (2...5).contains(shape.length(0)) else { return false }
        // Hungary's trunk 06 and Budapest's one-digit area code: 06 1 234 5678.
        let hungarian = k == 4 && total == 10 && shape.length(0) == 2 && p[shape.groupStart(0) + 1] == UInt8(ascii: "6")
            && shape.length(1) == 1 && shape.separators(k, all: { $0 == ASCII.space })
        guard hungarian || (1..<k).allSatisfy({ (2...8).contains(shape.length($0)) }) else { return false }
        if dotted {
            return (1..<k).allSatisfy { shape.length($0) == 2 } && (shape.length(0) == 2 || shape.separator(1) == ASCII.slash)
        }
        if shape.separators(k, contain: 0) {
            // (02) 9876 5432; or Japan's 090(1234)5678 and 03(1234)5678: the local exchange in parentheses.
            return shape.parenGroup == 0 || (shape.parenGroup == 1 && k == 3 && shape.length(0) <= 4 && shape.length(2) == 4
                                             && (10...11).contains(total) && shape.separators(k, all: { $0 == 0 }))
        }
        return true
    }
}
