/// Secret values after labels (api_key=, "token":, password:, --auth-token) and secret URL query parameters.
/// A label naming a password or a secret (`Passwort:`, `client_secret`, `AWS_SECRET_ACCESS_KEY`) gives a
/// `secret`; one naming a key or token (`api_key`, `GH_TOKEN`, `MAPBOX_KEY`) an `api_key`.

enum LabelKind {
    /// `queryKey`: a query parameter naming a key (api_key=, apikey=, key=, appid=): an API key, not a secret.
    /// `bareKey`: a config entry named just `key` (`[openweather]` / `key = "…"`).
    case query, queryKey, password, secret, authorization, key, bareKey
}

extension Scanner {
    /// `[A-Za-z0-9_.-]`
    @inline(__always) static func isLabelByte(_ b: UInt8) -> Bool { isTokenByte(b) || b == ASCII.dot }

    /// The secret after the label that ends at the `=` or `:` at `t` (or at the full-width `：` or `＝` starting
    /// there, `width` 3).
    func labelled(at t: Int, width: Int = 1) -> Match? {
        let colon = p[t] != ASCII.equals
        if colon && (self[t + 1] == ASCII.colon || self[t - 1] == ASCII.colon) { return nil }
        let after = t + width - 1
        var j = t
        while j > floor && isBlank(p[j - 1]) && t - j < 3 { j -= 1 }
        // os.environ["NAME"] = value, ENV['NAME'] = value: the subscript names the value.
        if !colon && j - 2 > floor && p[j - 1] == ASCII.closeBracket && (p[j - 2] == ASCII.quote || p[j - 2] == ASCII.apostrophe) {
            j -= 1
        }
        if j > floor && (p[j - 1] == ASCII.quote || p[j - 1] == ASCII.apostrophe) {
            j -= 1
            // A key in a JSON string inside JSON (\"AIRTABLE_TOKEN\": …), escaped once or more.
            while j > floor && p[j - 1] == ASCII.backslash && t - j < 12 { j -= 1 }
        }
        let end = j
        while j > floor && end - j < 64 && Self.isLabelByte(p[j - 1]) { j -= 1 }
        // A label on a new line of a JSON string (\nkey = …) starts after the escape's letter.
        let afterEscape = j < end - 1 && escapedBreak(before: j + 1)
        if afterEscape { j += 1 }
        if j > floor && p[j - 1] >= 0x80 {
            // A label in another script (contraseña, パスワード), or after text in one (電話番号は password:).
            while j > floor && end - j < 80 && (p[j - 1] >= 0x80 || Self.isLabelByte(p[j - 1])) { j -= 1 }
            guard end > j, j == 0 || j != floor else { return nil }
            if j > floor && Self.isLabelByte(p[j - 1]) { return nil }
        } else {
            // A label running into the text before it, or into a match, is not one.
            guard end > j, afterEscape || !(j > floor && Self.isLabelByte(p[j - 1])), j == 0 || j != floor else { return nil }
        }
        let before = self[j - 1]
        if j > 0 && before == ASCII.slash { return nil }
        let query = !colon && j > 0 && (before == ASCII.question || before == ASCII.ampersand)
        let kind = labelKind(j, end, query: query)
        if kind == nil && !query {
            // Cheap tests first: most labels are none of these.
            var v = after + 1
            if isBlank(self[v]) { v += 1 }
            let q = self[v]
            if q == ASCII.quote || q == ASCII.apostrophe || q == ASCII.backtick { v += 1 }
            // A Terraform Cloud token under any name (TF_TOKEN_app_terraform_io=…atlasv1.…).
            if self[v + 14] == ASCII.dot, has(".atlasv1.", at: v + 14), let keyEnd = providerKeyEnd(at: v) { return match(v, keyEnd, .apiKey) }
            let untriggered = Self.mayStartUntriggeredKey(self[v], self[v + 1])
            let named = end - j == 5 && p[j] | 0x20 == UInt8(ascii: "v")
            let cookie = !colon && end - j >= 3 && Self.mayEndCookieName(p[end - 2], p[end - 1])
            let phrase = colon && (before == ASCII.space || before == ASCII.apostrophe) && (isAlpha(p[j]) || p[j] >= 0x80)
                && q > 0x20 && !Self.opensValue(q)
            // "API 키:", "APIキー：", "Clave de API del proveedor:", "chave da API:": a key named in words, in any language.
            if colon && !untriggered && !named && !cookie && q > 0x20 && namesPrivateKey(phraseEndingAt: end),
               let m = phraseKeyValue(after: after) {
                return m
            }
            guard untriggered || named || cookie || phrase else { return nil }
            return unknownLabelValue(j, end, separator: t, after: after, colon: colon, untriggered: untriggered, cookie: cookie,
                                     phrase: phrase)
        }
        guard let kind else { return nil }
        // NAME: str = "value" (a Python or TypeScript annotation between the name and its value).
        if colon, let equals = annotatedValue(after: after) { return labelledValue(after: equals, kind) }
        // KEY=value (nothing around the `=`) starting a line: an .env or config line.
        let configLine = !query && !colon && end == t && !isWhitespace(self[t + 1]) && startsLine(j)
        // NAME: value starting a line (YAML): its value may be a passphrase of plain words.
        let yamlLine = colon && end == t && startsLine(j)
        return labelledValue(after: after, kind, wholeLine: configLine, quotedContext: yamlLine)
    }

    /// The `=` of `: str = ` (or `: Optional[str] = `, `: string = `) after a name's colon at `t`: a type annotation,
    /// then the value.
    private func annotatedValue(after t: Int) -> Int? {
        var k = t + 1
        while k < n && isBlank(p[k]) && k - t < 3 { k += 1 }
        let typeEnd = run(from: k, limit: 40) { isAlnum($0) || $0 == ASCII.underscore || $0 == ASCII.dot || $0 == ASCII.openBracket
            || $0 == ASCII.closeBracket || $0 == ASCII.pipe }
        guard typeEnd > k, isAlpha(p[k]) else { return nil }
        var e = typeEnd
        while e < n && isBlank(p[e]) && e - typeEnd < 3 { e += 1 }
        guard e > typeEnd, self[e] == ASCII.equals, self[e + 1] != ASCII.equals else { return nil }
        return e
    }

    /// Words that name an API key or token, in the languages people paste them in.
    static let keyPhraseWords = CueWords([
        "api key", "api-key", "apikey", "api_key", "api token", "access token", "token", "key", "טוקן", "מפתח", "schlüssel", "schluessel", "chave", "clave",
        "clé", "chiave", "chiavi", "sleutel", "nyckel", "klucz", "anahtar", "kulcs", "avain", "nøgle", "nøkkel", "ключ", "токен", "ufunguo",
        "kunci", "khóa", "مفتاح", "کلید", "कुंजी", "cheia", "cheie", "avaim", "klíč", "kľúč", "ključ", "κλειδί", "raktas",
        "atslēga", "võti", "คีย์", "กุญแจ", "चाबी",
        "키", "토큰", "キー", "トークン", "密钥", "密鑰", "金鑰", "秘钥", "令牌",
    ])

    /// The start of the words (letters, digits, other scripts, spaces, `-`, `_`; at most 48 bytes) that end at `end`:
    /// the label's phrase, not the text or markup before it.
    private func phraseStart(before end: Int) -> Int {
        var k = end
        while k > floor && end - k < 48 {
            let b = p[k - 1]
            guard isAlnum(b) || b >= 0x80 || b == ASCII.space || b == ASCII.dash || b == ASCII.underscore else { break }
            k -= 1
        }
        return k
    }

    /// Whether the label's phrase ending at `end` names a key or token, and not the public half of one.
    private func namesPrivateKey(phraseEndingAt end: Int) -> Bool {
        let start = phraseStart(before: end)
        return containsWord(from: start, to: end, Self.keyPhraseWords) && !containsWord(from: start, to: end, Self.publicKeyWords)
    }

    /// Words that say a key is the public half, meant to be shared.
    static let publicKeyWords = CueWords(["public", "publishable", "pub key", "öffentlich", "pública", "publica", "publique", "pubblica", "公開", "公钥"])

    /// The key after a label that names one in words: an opaque token of 16 bytes or more with a random core, or a
    /// UUID (some providers' keys are), not a stand-in.
    private func phraseKeyValue(after t: Int) -> Match? {
        var v = t + 1
        while v < n && isBlank(p[v]) && v - t < 4 { v += 1 }
        if self[v] == ASCII.quote || self[v] == ASCII.apostrophe || self[v] == ASCII.backtick { v += 1 }
        let s = v
        var e = run(from: s, limit: 512, Self.isCredentialByte)
        while e > s && (p[e - 1] == ASCII.dot || p[e - 1] == ASCII.comma) { e -= 1 }
        guard e - s >= 16, !isAlnum(self[e]) || self[e] >= 0x80, !isTemplate(s, e),
              hasRandomCore(s, e, minimum: 12) || isUUID(s, e)
        else { return nil }
        return match(s, e, .apiKey)
    }

    /// The value in the cell after the `|` at `t` when the cell before it names a secret, as in a Markdown table
    /// of settings: `| DEEPL_AUTH_KEY | \`…\` | prod |`.
    func tableCellValue(pipeAt t: Int) -> Match? {
        var j = t
        while j > floor && isBlank(p[j - 1]) && t - j < 4 { j -= 1 }
        if j > floor && p[j - 1] == ASCII.backtick { j -= 1 }
        let end = j
        while j > floor && end - j < 64 && Self.isLabelByte(p[j - 1]) { j -= 1 }
        guard end - j >= 3 else { return nil }
        var k = j
        if k > floor && p[k - 1] == ASCII.backtick { k -= 1 }
        while k > floor && isBlank(p[k - 1]) && j - k < 4 { k -= 1 }
        guard k > 0, p[k - 1] == ASCII.pipe, let kind = labelKind(j, end, query: false) else { return nil }
        return labelledValue(after: t, kind)
    }

    /// The secret after a label `labelKind` does not know: a provider key whose first byte triggers nothing else
    /// (`AIRTABLE_PAT=pat…`), a `value` named by the attribute or line before it, a session cookie, or a password
    /// after a phrase naming one.
    @inline(never)
    private func unknownLabelValue(_ j: Int, _ end: Int, separator t: Int, after: Int, colon: Bool, untriggered: Bool, cookie: Bool,
                                   phrase: Bool) -> Match? {
        if untriggered, let m = providerKeyValue(after: after) { return m }
        var kind: LabelKind?
        if end - j == 5 && hasFolded("value", at: j) {
            // <add key="SmtpPassword" value="..."/>, or a Kubernetes `- name: X` / `value: ...` pair: the
            // attribute or the line before names the value.
            guard let named = colon ? yamlNameLabel(before: j) : attributeLabel(before: j) else { return nil }
            kind = labelKind(named.lowerBound, named.upperBound, query: false)
        } else if cookie, let header = sessionCookie(j, end), !header || inCookieHeader(j) {
            kind = .secret  // connect.sid=…, PHPSESSID=…; in a Cookie header also sid=…, session=…
        } else if phrase && passwordLikeWord(after: after) && passwordPhrase(before: j) {
            // "Password dell'amministratore: …", "password for the router: …"
            return labelledValue(after: after, .password, phrase: true)
        }
        guard let kind else { return nil }
        let configLine = !colon && end == t && !isWhitespace(self[t + 1]) && startsLine(j)
        return labelledValue(after: after, kind, wholeLine: configLine, quotedContext: colon && end == t && startsLine(j))
    }

    /// A provider-shaped key as the value after the separator at `t`, whatever the label (`AIRTABLE_PAT=pat…`).
    /// Whether a value starting with these two bytes may be a key `providerKeyValue` looks for (pa, EA, dp, hv).
    @inline(__always) private static func mayStartUntriggeredKey(_ a: UInt8, _ b: UInt8) -> Bool {
        switch (a, b) {
        case (UInt8(ascii: "p"), UInt8(ascii: "a")), (UInt8(ascii: "E"), UInt8(ascii: "A")), (UInt8(ascii: "d"), UInt8(ascii: "p")),
             (UInt8(ascii: "h"), UInt8(ascii: "v")), (UInt8(ascii: "d"), UInt8(ascii: "a")), (UInt8(ascii: "s"), UInt8(ascii: "l")):
            return true
        default:
            return false
        }
    }

    /// (Only keys whose first byte triggers nothing else need this: Airtable's pat…, Square's EAAA…, Doppler's
    /// dp., Vault's hvs.; the others are found from their own `-`, `_`, letter or digits.)
    private func providerKeyValue(after t: Int) -> Match? {
        var v = t + 1
        while v < n && isBlank(p[v]) && v - t < 4 { v += 1 }
        let q = self[v]
        if q == ASCII.quote || q == ASCII.apostrophe || q == ASCII.backtick { v += 1 }
        let first = self[v]
        guard first == UInt8(ascii: "p") || first == UInt8(ascii: "E") || first == UInt8(ascii: "d") || first == UInt8(ascii: "h"),
              let end = providerKeyEnd(at: v)
        else { return nil }
        return match(v, end, .apiKey)
    }

    /// The label of `- name: LABEL` on the line before `j` (the start of a `value:` label), as in a
    /// Kubernetes container's `env` list.
    private func yamlNameLabel(before j: Int) -> Range<Int>? {
        let ls = lineStart(j, limit: 64)
        guard ls > 0, (ls..<j).allSatisfy({ isBlank(p[$0]) }) else { return nil }
        var e = ls - 1
        if e > 0 && p[e - 1] == ASCII.cr { e -= 1 }
        while e > 0 && isBlank(p[e - 1]) { e -= 1 }
        if e > 0 && (p[e - 1] == ASCII.quote || p[e - 1] == ASCII.apostrophe) { e -= 1 }
        var s = e
        while s > 0 && e - s < 64 && Self.isLabelByte(p[s - 1]) { s -= 1 }
        guard s < e else { return nil }
        var k = s
        if k > 0 && (p[k - 1] == ASCII.quote || p[k - 1] == ASCII.apostrophe) { k -= 1 }
        while k > 0 && isBlank(p[k - 1]) { k -= 1 }
        guard k >= 7, has("- name:", at: k - 7) else { return nil }
        return s..<e
    }

    /// Session cookie names that say so wherever they are (Express, PHP, Java, ASP.NET, Django, Rails, Laravel).
    /// Whether a label ending in these two bytes may be a session cookie's (…id, …ss, …on).
    @inline(__always) private static func mayEndCookieName(_ a: UInt8, _ b: UInt8) -> Bool {
        switch (a | 0x20, b | 0x20) {
        case (UInt8(ascii: "i"), UInt8(ascii: "d")), (UInt8(ascii: "s"), UInt8(ascii: "s")), (UInt8(ascii: "o"), UInt8(ascii: "n")): return true
        default: return false
        }
    }

    /// Whether `s..<e` names a session cookie: false when it does anywhere (`connect.sid`, `PHPSESSID`, `sessionid`,
    /// `ASP.NET_SessionId`), true when only in a Cookie header (`sid`, `session`, `_myapp_session`); nil otherwise.
    private func sessionCookie(_ s: Int, _ e: Int) -> Bool? {
        guard e - s >= 3 else { return nil }
        let last3 = UInt32(lowered(p[e - 3])) << 16 | UInt32(lowered(p[e - 2])) << 8 | UInt32(lowered(p[e - 1]))
        switch last3 {
        case 0x73_69_64:  // "sid": connect.sid and PHPSESSID anywhere, sid in a header
            return label(s, e, is: "connectsid") || label(s, e, is: "sessid") ? false : label(s, e, is: "sid", exact: true) ? true : nil
        case 0x6E_69_64:  // "nid": sessionid, JSESSIONID, ASP.NET_SessionId
            return label(s, e, is: "sessionid") ? false : nil
        case 0x65_73_73:  // "ess": sess
            return label(s, e, is: "sess") ? true : nil
        case 0x69_6F_6E:  // "ion": session, _myapp_session
            return label(s, e, is: "session") ? true : nil
        default:
            return nil
        }
    }

    /// Whether `i`'s line is a `Cookie:` or `Set-Cookie:` header (after `> ` or `< ` as curl -v prints them).
    private func inCookieHeader(_ i: Int) -> Bool {
        var k = lineStart(i, limit: 512)
        while k < i && (isBlank(p[k]) || p[k] == ASCII.greater || p[k] == ASCII.less) { k += 1 }
        if hasFolded("set-", at: k) { k += 4 }
        return hasFolded("cookie:", at: k)
    }

    /// Whether the word after the separator at `t` could be a password (checked before looking for a phrase).
    private func passwordLikeWord(after t: Int) -> Bool {
        var v = t + 1
        while v < n && isBlank(p[v]) && v - t < 4 { v += 1 }
        guard v < n, isAlnum(p[v]) || (p[v] > 0x20 && p[v] < 0x7F && !Self.opensValue(p[v])) else { return false }
        var e = run(from: v, limit: 128) { !isWhitespace($0) }
        while e > v && (p[e - 1] == ASCII.dot || p[e - 1] == ASCII.comma) { e -= 1 }
        return e > v && isPasswordLike(v, e)
    }

    /// Quotes and brackets: what starts a string, a list or an object in code, not a password in a sentence.
    @inline(__always) private static func opensValue(_ b: UInt8) -> Bool {
        b == ASCII.quote || b == ASCII.apostrophe || b == ASCII.backtick || b == ASCII.openBrace || b == ASCII.openBracket
            || b == ASCII.openParen || b == ASCII.less
    }

    private static let passwordPhraseWords = CueWords([
        "password", "passwort", "kennwort", "wachtwoord", "senha", "contraseña", "contrasena", "passord", "lösenord",
        "salasana", "hasło", "haslo", "heslo", "mot de passe", "пароль",
    ])

    /// Whether a password word starts one of the (at most four) words before the label at `j`, on its line and in
    /// its clause: "Password dell'amministratore", "password for the admin account", "Passwort für den Server".
    private func passwordPhrase(before j: Int) -> Bool {
        var k = j
        var words = 0
        var letters = 0
        while k > 0 && words < 5 && j - k < 48 {
            let b = p[k - 1]
            if isAlpha(b) || b >= 0x80 { letters += 1; k -= 1; continue }
            if b == ASCII.apostrophe || b == ASCII.dash { k -= 1; continue }
            guard b == ASCII.space else { break }
            words += 1
            k -= 1
        }
        // The shortest password word (hasło, senha, heslo) is five bytes.
        return letters >= 5 && containsWord(from: k, to: j, Self.passwordPhraseWords)
    }

    /// The quoted value of a `key="..."` or `name="..."` attribute just before `j` (the start of `value=`).
    private func attributeLabel(before j: Int) -> Range<Int>? {
        var k = j
        while k > floor && isBlank(p[k - 1]) && j - k < 4 { k -= 1 }
        guard k < j, k - 1 > floor else { return nil }
        let q = p[k - 1]
        guard q == ASCII.quote || q == ASCII.apostrophe else { return nil }
        let close = k - 1
        var open = close
        while open > floor && p[open - 1] != q && close - open < 64 { open -= 1 }
        guard open > floor, p[open - 1] == q, open < close, self[open - 2] == ASCII.equals else { return nil }
        let attribute = open - 2
        guard hasFolded("key", at: attribute - 3) || hasFolded("name", at: attribute - 4) else { return nil }
        return open..<close
    }

    private static let assignmentWords: [StaticString] = ["export", "set", "ENV"]

    /// Whether the label at `j` starts its line, after blanks and `export`, `set`, `ENV` or a YAML `- `:
    /// an `.env` or config line, whose unquoted value runs to the next whitespace whatever it holds.
    func startsLine(_ j: Int) -> Bool {
        var k = j
        while k > 0 && isBlank(p[k - 1]) && j - k < 16 { k -= 1 }
        if k > 0 && p[k - 1] == ASCII.dash && (k < 2 || isBlank(p[k - 2]) || p[k - 2] == ASCII.newline) {
            k -= 1
            while k > 0 && isBlank(p[k - 1]) && j - k < 24 { k -= 1 }
        } else if k < j {
            for word in Self.assignmentWords where k >= word.utf8CodeUnitCount {
                let w = k - word.utf8CodeUnitCount
                if has(word, at: w) && (w == 0 || isWhitespace(p[w - 1])) {
                    k = w
                    while k > 0 && isBlank(p[k - 1]) && j - k < 24 { k -= 1 }
                    break
                }
            }
        }
        return k == 0 || p[k - 1] == ASCII.newline || p[k - 1] == ASCII.cr
    }

    /// The secret given on a shell here-string after the name it is stored under:
    /// `wrangler secret put VERCEL_TOKEN <<< "…"`, `gh secret set NPM_TOKEN <<< '…'`.
    func hereStringValue(at i: Int) -> Match? {
        guard self[i + 1] == ASCII.less, self[i + 2] == ASCII.less, self[i + 3] != ASCII.less, i > floor else { return nil }
        var end = i
        while end > floor && isBlank(p[end - 1]) && i - end < 3 { end -= 1 }
        var j = end
        while j > floor && end - j < 64 && Self.isLabelByte(p[j - 1]) { j -= 1 }
        guard end > j, j == 0 || isBlank(p[j - 1]), let kind = labelKind(j, end, query: false), kind != .query else { return nil }
        return labelledValue(after: i + 2, kind)
    }

    /// The secret after a command-line flag and a space: `--auth-token VALUE`, `--password VALUE`; the
    /// password glued to `-p` in a `mysql`/`mariadb`/`mysqldump` command (`-pS3cret`, `-p'S3cret'`) or
    /// after `sshpass -p`; and the password of curl's `-u user:password` / `--user user:password`.
    func flagValue(at i: Int) -> Match? {
        let before = byteBefore(i)
        guard i == 0 || isBlank(before) || before == ASCII.quote else { return nil }
        if self[i + 1] == UInt8(ascii: "p") { return shortPasswordFlag(at: i) }
        if self[i + 1] == UInt8(ascii: "u") && self[i + 2] == ASCII.space { return curlUserPassword(after: i + 2) }
        guard self[i + 1] == ASCII.dash else { return nil }
        let end = run(from: i + 2, limit: 48, Self.isLabelByte)
        guard end > i + 2, self[end] == ASCII.space else { return nil }
        if end - i - 2 == 4 && has("user", at: i + 2) { return curlUserPassword(after: end) }
        guard let kind = labelKind(i + 2, end, query: false) else { return nil }
        return labelledValue(after: end, kind)
    }

    /// The password of `user:password` after the space at `t`, in a curl command (`curl -u deploy:S3cret …`).
    private func curlUserPassword(after t: Int) -> Match? {
        guard contains("curl", lineStart(t, limit: 256), t) else { return nil }
        var v = t + 1
        var quote: UInt8 = 0
        if self[v] == ASCII.quote || self[v] == ASCII.apostrophe { quote = p[v]; v += 1 }
        let user = run(from: v, limit: 128) { $0 != ASCII.colon && !isWhitespace($0) && $0 != quote }
        guard self[user] == ASCII.colon, user > v else { return nil }
        let s = user + 1
        let e = run(from: s, limit: 256) { !isWhitespace($0) && (quote == 0 ? $0 != ASCII.quote && $0 != ASCII.apostrophe : $0 != quote) }
        guard e > s, !isTemplate(s, e) else { return nil }
        // A provider's key as the password (Mailgun: `--user 'api:key-…'`) is that key.
        if let keyEnd = providerKeyEnd(at: s), keyEnd == e { return match(s, e, .apiKey) }
        guard isPasswordValue(s, e) else { return nil }
        return match(s, e, .secret)
    }

    /// The value of `aws configure set NAME VALUE` whose `_` after `aws` is at `i`, judged by NAME as a label.
    func awsConfigureValue(separatorAt i: Int) -> Match? {
        guard i >= 17, p[i - 1] == UInt8(ascii: "s"), has("aws_", at: i - 3), has("configure set ", at: i - 17) else { return nil }
        let end = run(from: i - 3, limit: 64, Self.isLabelByte)
        guard self[end] == ASCII.space, let kind = labelKind(i - 3, end, query: false) else { return nil }
        return labelledValue(after: end, kind)
    }

    /// The answer to `aws configure`'s prompts: `AWS Secret Access Key [None]: …`, `AWS Access Key ID [****WXYZ]: …`.
    func awsPromptValue(colonAt i: Int) -> Match? {
        guard self[i - 1] == ASCII.closeBracket, self[i + 1] == ASCII.space else { return nil }
        var b = i - 2
        while b > floor && i - b < 24 && p[b] != ASCII.openBracket { b -= 1 }
        guard p[b] == ASCII.openBracket, b >= 14, p[b - 1] == ASCII.space else { return nil }
        let labelEnd = b - 1
        guard hasFolded("secret access key", at: labelEnd - 17) || hasFolded("access key id", at: labelEnd - 13) else { return nil }
        let s = i + 2
        let e = run(from: s, limit: 128, Self.isCredentialByte)
        guard e - s >= 16, !isTemplate(s, e), isWhitespace(self[e]) || self[e] == 0 || escapedBreak(before: e + 2) || self[e] == ASCII.backslash
        else { return nil }
        return match(s, e, .apiKey)
    }

    /// The password of a `.pgpass` line, `host:port:database:user:password`, from the colon after the host at `c`.
    func pgpassPassword(colonAt c: Int) -> Match? {
        guard isDigit(self[c + 1]) || self[c + 1] == ASCII.star else { return nil }
        // The port, then a database name (not a time: 09:14:22).
        let portEnd = self[c + 1] == ASCII.star ? c + 2 : run(from: c + 1, limit: 6, isDigit)
        let db = self[portEnd + 1]
        guard self[portEnd] == ASCII.colon, isAlpha(db) || db == ASCII.star || db == ASCII.underscore else { return nil }
        // The host starts the line: nothing but host bytes back to the line start (not a time in a log line).
        var ls = c
        while ls > 0 && c - ls < 256 && !isWhitespace(p[ls - 1]) { ls -= 1 }
        guard ls == 0 || p[ls - 1] == ASCII.newline || p[ls - 1] == ASCII.cr else { return nil }
        var colons: [Int] = []
        var e = ls
        while e < n && e - ls < 512 && !isWhitespace(p[e]) {
            if p[e] == ASCII.colon && (e == ls || p[e - 1] != ASCII.backslash) { colons.append(e) }
            e += 1
        }
        guard e == n || p[e] == ASCII.newline || p[e] == ASCII.cr, colons.count == 4, colons[0] == c, c > ls else { return nil }
        let port = (colons[0] + 1)..<colons[1]
        guard (port.count == 1 && p[port.lowerBound] == ASCII.star) || (1...5).contains(port.count) && port.allSatisfy({ isDigit(p[$0]) })
        else { return nil }
        guard colons[2] > colons[1] + 1, colons[3] > colons[2] + 1, e > colons[3] + 1 else { return nil }
        let s = colons[3] + 1
        guard !isTemplate(s, e), isPasswordValue(s, e) else { return nil }
        return match(s, e, .secret)
    }

    /// Query parameters that are secrets by name alone, and label endings (letters and digits only).
    private static let queryNames: [StaticString] = ["key", "sig", "auth", "signature", "pass", "pwd", "session"]
    private static let queryEndings: [StaticString] = [
        "token", "secret", "password", "apikey", "signature", "verifier", "credential", "sessionid", "sessiontoken", "appid",
    ]
    private static let passwordEndings: [StaticString] = ["password", "passwd", "passphrase"]
    private static let keyEndings: [StaticString] = [
        "apikey", "token", "secret", "secretkey", "accesskey", "privatekey", "authkey", "appkey", "licensekey",
        "subscriptionkey", "adminkey", "writekey", "serverkey", "accountkey",
    ]
    /// Labels of keys that are secrets rather than API keys: Rails' secret_key_base, encryption and signing keys,
    /// session tokens.
    private static let secretKeyEndings: [StaticString] = [
        "keybase", "encryptionkey", "signingkey", "masterkey", "sessiontoken", "sessionkey", "cookiesecret",
    ]
    /// Password in other languages (ASCII letters compared ignoring case, the rest as written).
    private static let foreignPasswords: [StaticString] = [
        "passwort", "kennwort", "wachtwoord", "senha", "contraseña", "contrasena", "contrasenya", "passord", "lösenord",
        "losenord", "salasana", "hasło", "haslo", "heslo", "jelszó", "parola", "пароль", "パスワード", "暗証番号", "密码",
        "密碼", "비밀번호",
    ]

    /// The last three bytes of `foreignPasswords` and of "passe" (mot de passe): other labels skip the word list.
    /// (A 1024-bit filter: most other labels are ruled out by one multiplication and one load.)
    private static let foreignEndings: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 16)
        for word in foreignPasswords + ["passe"] {
            let bit = endingBit(bytes(word).suffix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return bits
    }()

    @inline(__always) private static func endingBit(_ last3: UInt32) -> Int { Int((last3 &* 2_654_435_761) >> 22) }

    /// The last three letters of every label ending above: most labels are ruled out by these alone.
    private static let endings: [UInt32] = Array(Set(
        (queryNames + queryEndings + passwordEndings + keyEndings + secretKeyEndings + ["pwd", "pass", "secretaccesskey", "authorization", "appid"]).map { word in
            let w = bytes(word)
            return w.suffix(3).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }))

    private func labelKind(_ s: Int, _ e: Int, query: Bool) -> LabelKind? {
        var last3: UInt32 = 0
        var letters = 0
        var j = e
        while j > s && letters < 3 {
            j -= 1
            if isAlnum(p[j]) { last3 |= UInt32(lowered(p[j])) << UInt32(8 * letters); letters += 1 }
        }
        guard letters == 3, Self.endings.contains(last3) else { return query ? nil : foreignPasswordLabel(s, e) }
        if query {
            if label(s, e, is: "apikey") || label(s, e, is: "key", exact: true) || label(s, e, is: "appid", exact: true) {
                return .queryKey
            }
            if Self.queryNames.contains(where: { label(s, e, is: $0, exact: true) })
                || Self.queryEndings.contains(where: { label(s, e, is: $0) }) {
                return .query
            }
            return nil
        }
        if Self.passwordEndings.contains(where: { label(s, e, is: $0) }) || label(s, e, is: "pwd", exact: true) { return .password }
        // SMTPPass, DB_PASS, db_pwd (not bypass, compass, OLDPWD).
        if label(s, e, is: "pass") && !label(s, e, is: "bypass") && !label(s, e, is: "compass") && (e - s > 4 || label(s, e, is: "pass", exact: true)) {
            return .password
        }
        if label(s, e, is: "pwd") && !label(s, e, is: "oldpwd") && e - s > 3 && !isAlpha(p[e - 4]) { return .password }
        if label(s, e, is: "authorization") { return .authorization }
        if Self.secretKeyEndings.contains(where: { label(s, e, is: $0) }) { return .secret }
        let named = Self.keyEndings.contains(where: { label(s, e, is: $0) }) || label(s, e, is: "secretaccesskey")
            || label(s, e, is: "appid", exact: true)  // OpenWeather's key, sent as appid
        if named && contains("secret", folded: s, e) { return .secret }
        if named || isEnvKeyName(s, e) { return .key }
        if label(s, e, is: "key", exact: true) { return .bareKey }
        return foreignPasswordLabel(s, e)  // wachtwoord, lösenord end like password
    }

    /// `Passwort`, `senha`, `contraseña`, `mot de passe`, ... (labels whose last letters the filter above does not know).
    private func foreignPasswordLabel(_ s: Int, _ e: Int) -> LabelKind? {
        guard e - s >= 3 else { return nil }
        let last3 = UInt32(lowered(p[e - 3])) << 16 | UInt32(lowered(p[e - 2])) << 8 | UInt32(lowered(p[e - 1]))
        let bit = Self.endingBit(last3)
        guard Self.foreignEndings[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        if e - s == 5 && hasFolded("passe", at: s) && hasFolded("mot de ", at: s - 7) { return .password }
        for word in Self.foreignPasswords where e - s >= word.utf8CodeUnitCount {
            let w = e - word.utf8CodeUnitCount
            if hasFolded(word, at: w) && (w == s || !isAlpha(p[w - 1])) { return .password }
        }
        return nil
    }

    /// An environment variable naming a key: upper case, digits and `_`, ending in `_KEY` (`MAPBOX_KEY`,
    /// `SEGMENT_WRITE_KEY`, `NEW_RELIC_LICENSE_KEY`); not a public or publishable one.
    private func isEnvKeyName(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 5, has("_KEY", at: e - 4), isUpper(p[s]) else { return false }
        guard (s..<e).allSatisfy({ isUpper(p[$0]) || isDigit(p[$0]) || p[$0] == ASCII.underscore }) else { return false }
        return !contains("PUBLIC", s, e) && !contains("PUBLISHABLE", s, e)
    }

    /// Whether `s..<e` contains `word` (lowercase) ignoring ASCII case.
    func contains(_ word: StaticString, folded s: Int, _ e: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard e - s >= count else { return false }
        for i in s...(e - count) where hasFolded(word, at: i) { return true }
        return false
    }

    /// Whether the label's letters and digits (ignoring case and `_ - .`) end with `word`, or are `word` when `exact`.
    private func label(_ s: Int, _ e: Int, is word: StaticString, exact: Bool = false) -> Bool {
        let w = bytes(word)
        var k = w.count
        var j = e
        while k > 0 {
            guard j > s else { return false }
            j -= 1
            let b = p[j]
            if b == ASCII.underscore || b == ASCII.dash || b == ASCII.dot { continue }
            k -= 1
            guard lowered(b) == w[k] else { return false }
        }
        if exact { while j > s { j -= 1; if isAlnum(p[j]) { return false } } }
        return true
    }

    /// The value after the label ending at `t`; with `wholeLine` (a config line), an unquoted value runs to the
    /// next whitespace, through `(`, `&`, `#` and the like.
    /// `quotedContext`: an unquoted value is as deliberate as a quoted one (a YAML `NAME: value` line), so a
    /// passphrase of plain words counts as a password. `phrase`: the label is a phrase ("password for the admin:"),
    /// so an address or a URL after it is not taken for the password.
    private func labelledValue(after t: Int, _ kind: LabelKind, wholeLine: Bool = false, quotedContext: Bool = false,
                               phrase: Bool = false) -> Match? {
        var v = t + 1
        if kind != .query && p[t] == ASCII.equals && self[v] == ASCII.greater { v += 1 }  // "secret" => "..." (PHP, Ruby)
        while v < n && isBlank(p[v]) && v - t < 4 { v += 1 }
        var quote: UInt8 = 0
        var escaped = false
        if kind != .query {
            var b = v
            while self[b] == ASCII.backslash && b - v < 8 { b += 1 }
            if b > v && (self[b] == ASCII.quote || self[b] == ASCII.apostrophe) {
                escaped = true; v = b
            }
            let q = self[v]
            if q == ASCII.quote || q == ASCII.apostrophe || q == ASCII.backtick { quote = q; v += 1 }
            if hasFolded("bearer ", at: v) || hasFolded("basic ", at: v) { return authorizationValue(schemeAt: v) }
            if hasFolded("token ", at: v) { v += 6 }
        }
        let s = v
        while v < n && v - s < 1024 {
            let b = p[v]
            if quote != 0 {
                if b == quote || b == ASCII.newline || b == ASCII.cr || (escaped && b == ASCII.backslash) { break }
            } else if wholeLine {
                if isWhitespace(b) { break }
            } else if Self.endsValue(b, query: kind == .query) {
                // Shell `&&`, a trailing `&` and `&name=` (the next field of a form) end a value; p&ss inside a
                // password does not.
                if b != ASCII.ampersand || kind == .query || self[v + 1] == ASCII.ampersand || isWhitespace(self[v + 1]) || v + 1 >= n
                    || startsField(v + 1) {
                    break
                }
            }
            v += 1
        }
        // A value running into a placeholder was more than this before redaction: judge it as it was judged then.
        if quote == 0 && self[v] == ASCII.less && placeholderEnd(at: v) != nil { return nil }
        var e = v
        if quote == 0 {
            while e > s && (p[e - 1] == ASCII.dot || p[e - 1] == ASCII.comma || p[e - 1] == ASCII.colon || (wholeLine && p[e - 1] == ASCII.semicolon)) {
                e -= 1
            }
        }
        guard e > s, !isTemplate(s, e), !(wholeLine && isCodeExpression(s, e)) else { return nil }
        if let keyEnd = providerKeyEnd(at: s), keyEnd <= e { return match(s, keyEnd, .apiKey) }
        // An address in a signed URL's credential (X-Goog-Credential=sa%40project.iam…%2F20240315%2F…) is an e-mail.
        if kind == .query, let at = (s..<max(s, e - 2)).first(where: { has("%40", at: $0) }),
           let m = encodedEmail(at: at), m.start == s {
            return m
        }
        switch kind {
        case .query:
            guard e - s >= 3 else { return nil }
            return match(s, e, .secret)
        case .queryKey:
            guard e - s >= 3 else { return nil }
            return match(s, e, isOpaqueToken(s, e) ? .apiKey : .secret)
        case .password:
            // A passphrase unquoted only when nothing follows it (not get_password_from_vault()).
            let whole = quote != 0 || (quotedContext && (v >= n || isWhitespace(p[v])))
            guard isPasswordLike(s, e) || (whole && isPassphrase(s, e)) else { return nil }
            if phrase && (contains("@", s, e) || contains("://", s, e)) { return nil }
            return match(s, e, .secret)
        case .authorization:
            guard isOpaqueToken(s, e) else { return nil }
            // `authorization: <token>` or `Token <token>` with no Bearer, to a vendor's API: that API's key.
            return match(s, e, sentToVendorAPI(s, e) ? .apiKey : .secret)
        case .secret:
            guard isSecretLike(s, e) else { return nil }
            return match(s, e, .secret)
        case .bareKey:
            // A long random token (not a path, a UUID, or a hash the line names as a cache key or checksum).
            guard e - s >= 20, e - s <= 160, (s..<e).allSatisfy({ isTokenByte(p[$0]) || p[$0] == ASCII.plus || p[$0] == ASCII.equals }),
                  !isUUID(s, e), hasRandomCore(s, e, minimum: 16) || hasRandomCore(s, e, minimum: 20, across: [ASCII.dash, ASCII.underscore]),
                  !containsWord(from: lineStart(t, limit: 160), to: t, Self.notSecretKeyWords)
            else { return nil }
            return match(s, e, .apiKey)
        case .key:
            // DeepL: a UUID and `:fx` (free plan).
            if deeplKeyEnd(uuidAt: s) == e { return match(s, e, .apiKey) }
            // A short token of hex digits and letters under a name that says key or token (ipinfo's 14).
            if (12..<16).contains(e - s), (s..<e).allSatisfy({ isHex(p[$0]) }), (s..<e).contains(where: { isDigit(p[$0]) }),
               (s..<e).contains(where: { isAlpha(p[$0]) }) {
                return match(s, e, .apiKey)
            }
            guard isHighEntropyToken(s, e) else { return nil }
            return match(s, e, .apiKey)
        }
    }

    /// Three or more words of 3+ letters joined by one `_`, `.` or `-` (`mamde_qjtge_whgfffa`), 14+ bytes: a
    /// generated passphrase.
    private func isPassphrase(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 14, e - s <= 128, isAlpha(p[s]), !contains("pass", folded: s, e), !contains("secret", folded: s, e) else { return false }
        var separator: UInt8 = 0
        var words = 1, length = 0
        for i in s..<e {
            let b = p[i]
            if isAlpha(b) { length += 1; continue }
            guard b == ASCII.underscore || b == ASCII.dot || b == ASCII.dash, separator == 0 || b == separator, length >= 3 else { return false }
            separator = b
            words += 1
            length = 0
        }
        return words >= 3 && length >= 3
    }

    @inline(__always) private static func endsValue(_ b: UInt8, query: Bool) -> Bool {
        switch b {
        case ASCII.space, ASCII.tab, ASCII.newline, ASCII.cr, ASCII.quote, ASCII.apostrophe, ASCII.backtick, ASCII.comma,
             ASCII.semicolon, ASCII.ampersand, ASCII.less, ASCII.greater, ASCII.openParen, ASCII.closeParen,
             ASCII.openBracket, ASCII.closeBracket, ASCII.openBrace, ASCII.closeBrace, ASCII.pipe, ASCII.backslash:
            return true
        case ASCII.hash:
            return query
        default:
            return false
        }
    }

    /// A password: at least 5 characters, no spaces, with a digit or a symbol, or 8+ letters switching case
    /// often (`HrPxAnKVHTwiHa`, not `getPassword` or `Required`).
    func isPasswordValue(_ s: Int, _ e: Int) -> Bool { isPasswordLike(s, e) }

    private func isPasswordLike(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 5, e - s <= 128 else { return false }
        var digitOrSymbol = false
        var switches = 0
        for i in s..<e {
            let b = p[i]
            if isBlank(b) { return false }
            if isDigit(b) || !(isAlpha(b) || b == ASCII.dot || b == ASCII.underscore || b == ASCII.dash || b >= 0x80) {
                digitOrSymbol = true
            }
            if i > s && isAlpha(b) && isAlpha(p[i - 1]) && isUpper(b) != isUpper(p[i - 1]) { switches += 1 }
        }
        return digitOrSymbol || (e - s >= 8 && switches >= 3)
    }

    /// Whether `name=` (a form or query field) starts at `i`.
    private func startsField(_ i: Int) -> Bool {
        guard isAlpha(self[i]) || self[i] == ASCII.underscore else { return false }
        let e = run(from: i, limit: 40) { isWordByte($0) || $0 == ASCII.dot || $0 == ASCII.dash }
        return self[e] == ASCII.equals
    }

    /// `os.environ['X']`, `getenv("X")`, `config.get(x)`: a call or subscript closing the value, opened right
    /// after a name.
    private func isCodeExpression(_ s: Int, _ e: Int) -> Bool {
        let last = p[e - 1]
        guard last == ASCII.closeParen || last == ASCII.closeBracket else { return false }
        let open = last == ASCII.closeParen ? ASCII.openParen : ASCII.openBracket
        for i in s + 1..<e where p[i] == open && (isWordByte(p[i - 1]) || p[i - 1] == ASCII.dot) { return true }
        return false
    }

    /// A value under a secret's label: a generated token (as for keys), or 16+ printable characters without
    /// spaces mixing upper case, lower case and digits (`m-fdUg_TJqY4PDKE-Yvjf`, `D=2xRP6g(7DHe@gk!e2`).
    private func isSecretLike(_ s: Int, _ e: Int) -> Bool {
        if isHighEntropyToken(s, e) { return true }
        guard e - s >= 16, e - s <= 512 else { return false }
        var upper = false, lower = false, digit = false
        var symbols = 0
        for i in s..<e {
            let b = p[i]
            guard b > 0x20 && b < 0x7F else { return false }
            if isUpper(b) { upper = true } else if isLower(b) { lower = true } else if isDigit(b) { digit = true } else if !Self.isLabelByte(b) {
                symbols += 1
            }
        }
        // Or a generated key in one case with many symbols, as Django's are (django-insecure-l5b*2z8_pl^xi…).
        return (upper && lower && digit) || (e - s >= 24 && (upper || lower) && digit && symbols >= 3)
    }

    /// A token a generator made: 16+ key characters whose longest stretch between separators is 12+ and random,
    /// or a UUID.
    private func isHighEntropyToken(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 16, e - s <= 512 else { return false }
        for i in s..<e {
            let b = p[i]
            guard isTokenByte(b) || b == ASCII.dot || b == ASCII.slash || b == ASCII.plus || b == ASCII.equals || b == ASCII.tilde
            else { return false }
        }
        if isUUID(s, e) { return true }
        return hasRandomCore(s, e, minimum: 12)
    }
}

extension Scanner {
    /// `-pS3cret` or `-p'S3cret'` in a mysql, mariadb, mysqldump or mysqladmin command (whose `-p` takes the
    /// password glued to it; `-P` is the port), and `sshpass -p S3cret`.
    func shortPasswordFlag(at i: Int) -> Match? {
        let ls = lineStart(i, limit: 256)
        var v = i + 2
        if self[v] == ASCII.space {
            guard i >= 8, has("sshpass ", at: i - 8) else { return nil }
            v += 1
        } else if !(contains("mysql", folded: ls, i) || contains("mariadb", folded: ls, i)) {
            return nil
        }
        var quote: UInt8 = 0
        if self[v] == ASCII.apostrophe || self[v] == ASCII.quote { quote = p[v]; v += 1 }
        let s = v
        while v < n && v - s < 256 {
            let b = p[v]
            if quote != 0 ? (b == quote || b == ASCII.newline)
                : isWhitespace(b) || b == ASCII.quote || b == ASCII.apostrophe || b == ASCII.backtick || b == ASCII.semicolon {
                break
            }
            v += 1
        }
        if quote == 0 { while v > s && (p[v - 1] == ASCII.dot || p[v - 1] == ASCII.comma || p[v - 1] == ASCII.closeParen) { v -= 1 } }
        guard v > s, !isTemplate(s, v), isPasswordValue(s, v) else { return nil }
        return match(s, v, .secret)
    }

    private static let sentencePasswordWords = CueWords([
        "password", "passwd", "pwd", "passcode", "passphrase", "passwort", "kennwort", "wachtwoord", "senha", "contraseña",
        "contrasena", "passord", "lösenord", "losenord", "salasana", "hasło", "haslo", "heslo", "passe", "пароль",
    ])
    /// "is" in the languages of those words: is, was, es, ist, est, é, è, er, är, jest, to (set it to X), era, war.
    private static let sentenceVerbs: [StaticString] = ["is", "was", "es", "ist", "est", "é", "è", "er", "är", "jest", "to", "era", "war"]

    /// The password in "password is X", "my pwd was X", "Passwort ist X", "A senha do roteador é X", "hasło to X",
    /// found from inside X (a digit run that is nothing else, or an `@`, at `i`): the scan has no trigger on the
    /// words themselves, so a password given this way is found when it has a digit or an `@` (most do). Up to three
    /// words may stand between the password word and the verb ("password for the router is X").
    mutating func passwordSentence(valueAt i: Int) -> Match? {
        // The start of X: back over what is not a space (once per word: hex and the like have many digits).
        guard i >= passwordCheckedUntil else { return nil }
        var s = i
        while s > floor && i - s < 64 && !isWhitespace(p[s - 1]) { s -= 1 }
        passwordCheckedUntil = run(from: i, limit: 256) { !isWhitespace($0) }
        guard s >= 4, s > floor, p[s - 1] == ASCII.space else { return nil }
        // The verb before it.
        var c = s - 1
        while c > 0 && p[c - 1] == ASCII.space && s - c < 4 { c -= 1 }
        guard c > floor, c > 0 else { return nil }
        // The verbs' last two bytes rule out most words before a digit at once.
        let last = lowered(p[c - 1]), second = c >= 2 ? lowered(p[c - 2]) : 0
        switch (last, second) {
        case (UInt8(ascii: "s"), UInt8(ascii: "i")), (UInt8(ascii: "s"), UInt8(ascii: "e")), (UInt8(ascii: "s"), UInt8(ascii: "a")),
             (UInt8(ascii: "t"), UInt8(ascii: "s")), (UInt8(ascii: "r"), UInt8(ascii: "e")), (UInt8(ascii: "r"), 0xA4),
             (UInt8(ascii: "r"), UInt8(ascii: "a")), (UInt8(ascii: "a"), UInt8(ascii: "r")), (UInt8(ascii: "o"), UInt8(ascii: "t")),
             (0xA9, 0xC3), (0xA8, 0xC3):
            break
        default:
            return nil
        }
        var verb = c
        while verb > 0 && c - verb < 5 && (isAlpha(p[verb - 1]) || p[verb - 1] >= 0x80) { verb -= 1 }
        guard verb < c, verb == 0 || !(isAlpha(p[verb - 1]) || p[verb - 1] >= 0x80),
              Self.sentenceVerbs.contains(where: { c - verb == $0.utf8CodeUnitCount && hasFolded($0, at: verb) })
        else { return nil }
        // A password word among the (at most four) words before the verb, on its line and in its clause.
        var k = verb
        var words = 0
        while k > 0 && words < 5 && verb - k < 48 {
            let b = p[k - 1]
            if isAlpha(b) || b >= 0x80 || b == ASCII.apostrophe { k -= 1; continue }
            guard b == ASCII.space else { break }
            words += 1
            k -= 1
        }
        guard k < verb, let word = lastWord(from: k, to: verb, Self.sentencePasswordWords) else { return nil }
        let wordEnd = run(from: word, limit: 32) { !isWhitespace($0) }
        let direct = (wordEnd..<verb).allSatisfy { isBlank(p[$0]) }
        var v = s
        var quote: UInt8 = 0
        if self[v] == ASCII.quote || self[v] == ASCII.apostrophe || self[v] == ASCII.backtick { quote = p[v]; v += 1 }
        let start = v
        while v < n && v - start < 128 {
            let b = p[v]
            if quote != 0 ? (b == quote || b == ASCII.newline) : isWhitespace(b) { break }
            v += 1
        }
        var end = v
        if quote == 0 {
            while end > start {
                let b = p[end - 1]
                guard b == ASCII.dot || b == ASCII.comma || b == ASCII.colon || b == ASCII.semicolon || b == ASCII.closeParen
                        || b == ASCII.quote || b == ASCII.apostrophe
                else { break }
                end -= 1
            }
        }
        guard end > start, !isTemplate(start, end), isPasswordValue(start, end) else { return nil }
        // A date or a number after words between ("the password was changed to 2024-01-05") is not the password.
        if !direct && (start..<end).allSatisfy({ isDigit(p[$0]) || p[$0] == ASCII.dash || p[$0] == ASCII.dot || p[$0] == ASCII.slash || p[$0] == ASCII.colon }) {
            return nil
        }
        // "… sent to jane2@example.com": an address, not a password.
        if let at = (start..<end).first(where: { p[$0] == ASCII.at }), let (a, b) = emailBounds(at: at), a <= start, b >= end {
            return nil
        }
        return match(start, end, .secret)
    }
}
