/// Provider-shaped API keys: OpenAI, Anthropic, AWS, GitHub, GitLab, Slack, Google, Stripe, Hugging Face, JWT, and some
/// forty more whose prefix says what they are (Shopify, Linear, DigitalOcean, Grafana, Notion, Telegram, Postman, ...).

extension Scanner {
    /// The end of a provider-shaped key starting at `s`, if one does and it is no stand-in (`ghp_xxxx…`,
    /// `sk-…your-key…`).
    func providerKeyEnd(at s: Int) -> Int? {
        guard let end = providerShapeEnd(at: s), !isTemplate(s, end) else { return nil }
        return end
    }

    /// The end of a UUID starting at `s` that ends the token.
    private func uuidEnd(from s: Int) -> Int? {
        let end = run(from: s, limit: 37) { isHex($0) || $0 == ASCII.dash }
        return isUUID(s, end) && !isTokenByte(self[end]) ? end : nil
    }

    /// The end of a provider-shaped key starting at `s`, by its shape alone.
    private func providerShapeEnd(at s: Int) -> Int? {
        guard s >= 0, s < n else { return nil }
        // Every key is 16 bytes or more of these (most words and values before a label's end are not).
        var k = s
        let stop = min(n, s + 16)
        while k < stop {
            let b = p[k]
            guard isTokenByte(b) || b == ASCII.dot || b == ASCII.colon || b == ASCII.dollar else { return nil }
            k += 1
        }
        guard k - s == 16 else { return nil }
        // Terraform Cloud / HCP: 14 letters and digits, `.atlasv1.`, a long body.
        if self[s + 14] == ASCII.dot, has(".atlasv1.", at: s + 14), run(from: s, limit: 15, isAlnum) == s + 14 {
            return body(s + 23, minimum: 60, isTokenByte, core: 16)
        }
        switch p[s] {
        case UInt8(ascii: "s"):
            if has("sk-ant-", at: s) { return body(s + 7, minimum: 20, isTokenByte, core: 10) }
            for prefix: StaticString in ["sk-proj-", "sk-svcacct-", "sk-admin-"] where has(prefix, at: s) {
                return body(s + prefix.utf8CodeUnitCount, minimum: 20, isTokenByte, core: 10)
            }
            if has("sl.", at: s) {  // Dropbox short-lived access token: sl. or sl.u. and a long body
                let from = has("sl.u.", at: s) ? s + 5 : s + 3
                return body(from, minimum: 100, isTokenByte, core: 12)
            }
            if has("sk-lf-", at: s) {  // Langfuse secret key: sk-lf-<UUID> (pk-lf- is the public half)
                return uuidEnd(from: s + 6)
            }
            if has("sk-", at: s) { return body(s + 3, minimum: 20, isTokenByte, core: 16) }
            if has("sk.eyJ", at: s) {  // Mapbox secret token: sk.eyJ…(payload).(signature), under any label
                let payload = run(from: s + 3, limit: 200, isTokenByte)
                guard payload - s - 3 >= 20, self[payload] == ASCII.dot else { return nil }
                let signature = run(from: payload + 1, limit: 100, isTokenByte)
                return signature - payload - 1 >= 16 && !isAlnum(self[signature]) ? signature : nil
            }
            if has("sk_live_", at: s) || has("sk_test_", at: s) { return body(s + 8, minimum: 10, isAlnum) }
            if has("sk_", at: s) { return body(s + 3, minimum: 32, isAlnum, core: 32) }  // ElevenLabs and others
            if has("shp", at: s), self[s + 5] == ASCII.underscore, has("at", at: s + 3) || has("ss", at: s + 3) || has("ca", at: s + 3)
                || has("pa", at: s + 3) {
                return hexEnd(s + 6, count: 32)  // Shopify
            }
            if has("sntrys_", at: s) { return body(s + 7, minimum: 60, isTokenByte, core: 12) }  // Sentry org token
            if has("sntryu_", at: s) { return hexEnd(s + 7, count: 64) }  // Sentry user token
            if has("sbp_", at: s) { return hexEnd(s + 4, count: 40) }  // Supabase
            if has("sb_secret_", at: s) { return body(s + 10, minimum: 20, isTokenByte, core: 12) }
            if has("secret_", at: s) { return body(s + 7, minimum: 43, isAlnum, core: 43) }  // Notion (legacy)
            if has("sq0atp-", at: s) { return body(s + 7, minimum: 22, isTokenByte) }  // Square
            if has("sq0csp-", at: s) { return body(s + 7, minimum: 40, isTokenByte) }
        case UInt8(ascii: "r"), UInt8(ascii: "p"):
            if has("k_live_", at: s + 1) || has("k_test_", at: s + 1) { return body(s + 8, minimum: 10, isAlnum) }
            if has("pplx-", at: s) { return body(s + 5, minimum: 40, isAlnum) }
            if has("pypi-", at: s) { return body(s + 5, minimum: 50, isTokenByte) }
            if has("r8_", at: s) { return body(s + 3, minimum: 30, isAlnum, core: 30) }  // Replicate
            if has("pat-", at: s) {  // HubSpot private app token: pat-<region>-<UUID> (pat-na1-, pat-eu1-)
                let region = run(from: s + 4, limit: 5, isAlnum)
                guard (3...4).contains(region - s - 4), self[region] == ASCII.dash else { return nil }
                return uuidEnd(from: region + 1)
            }
            if has("pat", at: s) {  // Airtable: pat + 14 + "." + 64 hex digits
                let id = run(from: s + 3, limit: 15, isAlnum)
                guard id - s - 3 == 14, self[id] == ASCII.dot else { return nil }
                return hexEnd(id + 1, count: 64)
            }
        case UInt8(ascii: "n"):
            if has("npm_", at: s) { return body(s + 4, minimum: 36, isAlnum) }
            if has("ntn_", at: s) { return body(s + 4, minimum: 40, isAlnum, core: 40) }  // Notion
        case UInt8(ascii: "w"):
            if has("whsec_", at: s) { return body(s + 6, minimum: 24, isAlnum) }
        case UInt8(ascii: "g"):
            if has("gh", at: s), self[s + 3] == ASCII.underscore, "pousr".utf8.contains(self[s + 2]) {
                return body(s + 4, minimum: 30, isAlnum)
            }
            if has("github_pat_", at: s) { return body(s + 11, minimum: 40, isWordByte) }
            if has("glpat-", at: s) { return body(s + 6, minimum: 20, isTokenByte) }
            if has("gsk_", at: s) { return body(s + 4, minimum: 40, isAlnum) }
            if has("glsa_", at: s) {  // Grafana service account: 32 + "_" + 8 hex digits
                let id = run(from: s + 5, limit: 33, isAlnum)
                guard id - s - 5 == 32, self[id] == ASCII.underscore else { return nil }
                return hexEnd(id + 1, count: 8)
            }
            if has("glc_", at: s) { return body(s + 4, minimum: 32, Self.isBase64Byte, core: 12) }  // Grafana Cloud
            if has("gl", at: s) {  // GitLab's other tokens: glptt-, gldt-, glrt-, glcbt-, glft-, glimt-, gloas-, glsoat-
                let word = run(from: s + 2, limit: 5, isLower)
                if word > s + 2, self[word] == ASCII.dash { return body(word + 1, minimum: 20, isTokenByte, core: 12) }
            }
        case UInt8(ascii: "x"):
            if has("xox", at: s), "abprs".utf8.contains(self[s + 3]), self[s + 4] == ASCII.dash {
                let end = body(s + 5, minimum: 10) { isAlnum($0) || $0 == ASCII.dash }
                if let end, (s + 5..<end).contains(where: { isDigit(p[$0]) }) { return end }
            }
            if has("xapp-", at: s), isDigit(self[s + 5]), self[s + 6] == ASCII.dash {  // Slack app-level token
                return body(s + 7, minimum: 40) { isAlnum($0) || $0 == ASCII.dash }
            }
            if has("xai-", at: s) { return body(s + 4, minimum: 40, isAlnum) }
        case UInt8(ascii: "h"):
            if has("hf_", at: s) { return body(s + 3, minimum: 30, isAlnum) }
            if has("hvs.", at: s) || has("hvb.", at: s) { return body(s + 4, minimum: 24, isTokenByte, core: 12) }  // Vault
        case UInt8(ascii: "d"):
            if has("dt0c01.", at: s) {  // Dynatrace: dt0c01.<24>.<64>, upper case and digits
                let id = run(from: s + 7, limit: 25) { isUpper($0) || isDigit($0) }
                guard id - s - 7 == 24, self[id] == ASCII.dot else { return nil }
                let end = run(from: id + 1, limit: 65) { isUpper($0) || isDigit($0) }
                return end - id - 1 == 64 && !isTokenByte(self[end]) ? end : nil
            }
            if has("do", at: s), "por".utf8.contains(self[s + 2]), has("_v1_", at: s + 3) { return hexEnd(s + 7, count: 64) }  // DigitalOcean
            if has("dckr_pat_", at: s) { return body(s + 9, minimum: 24, isTokenByte, core: 10) }  // Docker Hub
            if has("dapi", at: s) { return hexEnd(s + 4, count: 32) }  // Databricks personal access token
            if has("dp.", at: s) {  // Doppler: dp.pt., dp.st., dp.ct., dp.sa., dp.scim., dp.audit.
                let kind = run(from: s + 3, limit: 6, isLower)
                guard kind > s + 3, self[kind] == ASCII.dot else { return nil }
                // A service token names its environment first: dp.st.prd.<43>, dp.st.dev.<43>.
                let environment = run(from: kind + 1, limit: 6, isLower)
                if environment > kind + 1, self[environment] == ASCII.dot, let end = body(environment + 1, minimum: 40, isAlnum, core: 40) {
                    return end
                }
                return body(kind + 1, minimum: 40, isAlnum, core: 40)
            }
        case UInt8(ascii: "k"):
            if has("key-", at: s) { return alnumEnd(s + 4, count: 32) }  // Mailgun
        case UInt8(ascii: "l"):
            if has("lin_api_", at: s) { return body(s + 8, minimum: 40, isAlnum, core: 40) }  // Linear
            if has("lin_oauth_", at: s) { return hexEnd(s + 10, count: 64) }
        case UInt8(ascii: "o"):
            if has("ops_eyJ", at: s) { return body(s + 4, minimum: 200, Self.isBase64Byte) }  // 1Password service account
        case UInt8(ascii: "a"):
            // PayPal Braintree: access_token$production$<16>$<32 hex>
            for prefix: StaticString in ["access_token$production$", "access_token$sandbox$"] where has(prefix, at: s) {
                let id = run(from: s + prefix.utf8CodeUnitCount, limit: 17, isAlnum)
                guard id - s - prefix.utf8CodeUnitCount == 16, self[id] == ASCII.dollar else { return nil }
                return hexEnd(id + 1, count: 32)
            }
        case UInt8(ascii: "S"):
            if has("SK", at: s) { return lowerHexEnd(s + 2, count: 32) }  // Twilio API key
            if has("SG.", at: s) {  // SendGrid: SG.<22>.<43>
                let id = run(from: s + 3, limit: 23, isTokenByte)
                guard id - s - 3 == 22, self[id] == ASCII.dot else { return nil }
                let secret = run(from: id + 1, limit: 44, isTokenByte)
                return secret - id - 1 == 43 && !isTokenByte(self[secret]) ? secret : nil
            }
        case UInt8(ascii: "A"):
            if has("AC", at: s) { return lowerHexEnd(s + 2, count: 32) }  // Twilio account SID
            if has("AKID", at: s) { return alnumEnd(s + 4, count: 32) }  // Tencent Cloud SecretId
            if has("AKIA", at: s) || has("ASIA", at: s) {
                let end = run(from: s + 4, limit: 17) { isUpper($0) || isDigit($0) }
                return end - s == 20 && !isAlnum(self[end]) ? end : nil
            }
            if has("AIza", at: s) {
                let end = run(from: s + 4, limit: 41, isTokenByte)
                return (33...40).contains(end - s - 4) && !isAlnum(self[end]) ? end : nil
            }
            if has("ATBB", at: s) { return body(s + 4, minimum: 28, isAlnum, core: 20) }  // Bitbucket app password
            if has("ATATT3", at: s) || has("ATCTT3", at: s) {  // Atlassian API token (with its =CRC32 tail)
                return body(s + 6, minimum: 150, { isTokenByte($0) || $0 == ASCII.equals }, core: 12)
            }
        case UInt8(ascii: "L"):
            if has("LTAI", at: s) {  // Alibaba Cloud AccessKey ID
                let end = run(from: s + 4, limit: 31, isAlnum)
                return (12...30).contains(end - s - 4) && !isTokenByte(self[end]) && (s + 4..<end).contains(where: { isDigit(p[$0]) }) ? end : nil
            }
        case UInt8(ascii: "m"):
            if has("mlsn.", at: s) { return lowerHexEnd(s + 5, count: 64) }  // MailerSend
        case UInt8(ascii: "E"):
            if has("EAAA", at: s) { return body(s + 4, minimum: 56, isTokenByte, core: 12) }  // Square access token
        case UInt8(ascii: "M"), UInt8(ascii: "O"):
            return discordTokenEnd(at: s)
        case UInt8(ascii: "N"):
            if let end = discordTokenEnd(at: s) { return end }
            if has("NRAK-", at: s) { return body(s + 5, minimum: 27, { isUpper($0) || isDigit($0) }) }  // New Relic
            if has("NRJS-", at: s) { return hexEnd(s + 5, count: 19) }
            if has("NRII-", at: s) { return body(s + 5, minimum: 32, isTokenByte) }
        case UInt8(ascii: "P"):
            if has("PMAK-", at: s) {  // Postman: PMAK-<24 hex>-<34 hex>
                let id = run(from: s + 5, limit: 25, isHex)
                guard id - s - 5 == 24, self[id] == ASCII.dash else { return nil }
                return hexEnd(id + 1, count: 34)
            }
        case UInt8(ascii: "H"):
            if has("HRKU-", at: s) { return body(s + 5, minimum: 40, isTokenByte, core: 10) }  // Heroku
        case UInt8(ascii: "G"):
            if has("GOCSPX-", at: s) { return body(s + 7, minimum: 24, isTokenByte, core: 8) }  // Google OAuth client secret
        case UInt8(ascii: "e"):
            return jwtEnd(at: s)
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return telegramTokenEnd(at: s)
        default:
            break
        }
        return nil
    }

    @inline(__always) static func isBase64Byte(_ b: UInt8) -> Bool { isAlnum(b) || b == ASCII.plus || b == ASCII.slash || b == ASCII.equals }

    /// A Telegram bot token: the bot's id (8–10 digits), `:`, and 35 characters starting with `AA`.
    func telegramTokenEnd(at s: Int) -> Int? {
        let id = run(from: s, limit: 11, isDigit)
        guard (8...10).contains(id - s), self[id] == ASCII.colon, has("AA", at: id + 1) else { return nil }
        let end = run(from: id + 1, limit: 41, isTokenByte)
        return (33...40).contains(end - id - 1) && !isTokenByte(self[end]) ? end : nil
    }

    /// The end of exactly `count` hex digits (either case) from `from`, with letters and digits both, ending a word.
    private func hexEnd(_ from: Int, count: Int) -> Int? {
        let end = run(from: from, limit: count + 1, isHex)
        guard end - from == count, !isAlnum(self[end]) else { return nil }
        return (from..<end).contains { isDigit(p[$0]) } && (from..<end).contains { !isDigit(p[$0]) } ? end : nil
    }

    /// The end of exactly `count` letters and digits from `from`, with both, ending a word.
    private func alnumEnd(_ from: Int, count: Int) -> Int? {
        let end = run(from: from, limit: count + 1, isAlnum)
        guard end - from == count, !isTokenByte(self[end]) else { return nil }
        return (from..<end).contains { isDigit(p[$0]) } && (from..<end).contains { isAlpha(p[$0]) } ? end : nil
    }

    /// The end of exactly `count` lowercase hex digits from `from`, with letters and digits both, ending a word.
    private func lowerHexEnd(_ from: Int, count: Int) -> Int? {
        var letters = 0, digits = 0
        var i = from
        while i < n && i - from < count {
            let b = p[i]
            if isDigit(b) { digits += 1 } else if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f") { letters += 1 } else { break }
            i += 1
        }
        return i - from == count && letters > 0 && digits > 0 && !isAlnum(self[i]) ? i : nil
    }

    /// A Discord bot token: the bot's id in base64 (24–28 bytes from M, N or O), `.`, a 6-byte timestamp, `.`, a
    /// 27–38-byte HMAC.
    private func discordTokenEnd(at s: Int) -> Int? {
        let part: (UInt8) -> Bool = { isAlnum($0) || $0 == ASCII.dash || $0 == ASCII.underscore }
        let id = run(from: s, limit: 29, part)
        guard (24...28).contains(id - s), self[id] == ASCII.dot else { return nil }
        let stamp = run(from: id + 1, limit: 7, part)
        guard stamp - id - 1 == 6, self[stamp] == ASCII.dot else { return nil }
        let end = run(from: stamp + 1, limit: 39, part)
        guard (27...38).contains(end - stamp - 1), !isTokenByte(self[end]), self[end] != ASCII.dot,
              hasRandomCore(s, id, minimum: 20, across: [ASCII.dash, ASCII.underscore]),
              hasRandomCore(stamp + 1, end, minimum: 20, across: [ASCII.dash, ASCII.underscore])
        else { return nil }
        return end
    }

    /// eyJ<header>.eyJ<payload>.<signature>
    private func jwtEnd(at s: Int) -> Int? {
        guard has("eyJ", at: s) else { return nil }
        let header = run(from: s, isTokenByte)
        guard header - s >= 10, self[header] == ASCII.dot, has("eyJ", at: header + 1) else { return nil }
        let payload = run(from: header + 1, isTokenByte)
        guard payload - header - 1 >= 10, self[payload] == ASCII.dot else { return nil }
        let signature = run(from: payload + 1, isTokenByte)
        return signature
    }

    /// The end of a key body of at least `minimum` bytes from `from`; with `core`, its longest run
    /// between separators must be that long and mix letters with digits or cases.
    private func body(_ from: Int, minimum: Int, _ ok: (UInt8) -> Bool, core: Int = 0) -> Int? {
        let end = run(from: from, limit: 512, ok)
        guard end - from >= minimum, !isAlnum(self[end]) else { return nil }
        if core > 0 && !hasRandomCore(from, end, minimum: core) { return nil }
        return end
    }

    /// The lengths (as bits) of what comes before the first `-` or `_` of the keys `providerKeyEnd` knows by a
    /// separated prefix, by the prefix's first byte: sk, rk, pk, sb, hf, r8 (2); key, npm, ntn, gsk, glc, sbp, xai,
    /// ops, lin, dop, doo, dor, gh? (3); pplx, pypi, glsa, gldt, glrt, glft, xox?, xapp, dckr, NRAK, NRJS, NRII,
    /// PMAK, HRKU (4); whsec, glpat, glptt, glcbt, glimt, gloas, shp?? (5); secret, github, sntry?, sq0atp, sq0csp,
    /// access, glsoat, GOCSPX (6). Most words before a `-` or `_` are ruled out by this alone.
    @inline(__always) private static func prefixLengths(_ first: UInt8) -> UInt8 {
        switch first {
        case UInt8(ascii: "G"), UInt8(ascii: "a"): return 1 << 6
        case UInt8(ascii: "H"), UInt8(ascii: "N"), UInt8(ascii: "P"): return 1 << 4
        case UInt8(ascii: "d"), UInt8(ascii: "x"): return 1 << 3 | 1 << 4
        case UInt8(ascii: "g"): return 1 << 3 | 1 << 4 | 1 << 5 | 1 << 6
        case UInt8(ascii: "h"), UInt8(ascii: "r"): return 1 << 2
        case UInt8(ascii: "k"), UInt8(ascii: "l"), UInt8(ascii: "n"), UInt8(ascii: "o"): return 1 << 3
        case UInt8(ascii: "p"): return 1 << 2 | 1 << 3 | 1 << 4
        case UInt8(ascii: "s"): return 1 << 2 | 1 << 3 | 1 << 5 | 1 << 6
        case UInt8(ascii: "w"): return 1 << 5
        default: return 0
        }
    }

    /// A provider key whose `-` or `_` is at `i` (sk-, ghp_, glpat-, xoxb-, hf_, r8_, sq0atp-, NRAK-, GOCSPX-, ...).
    func prefixedKey(separatorAt i: Int) -> Match? {
        var s = i
        let limit = max(floor, i - 6)
        while s > limit && isAlnum(p[s - 1]) { s -= 1 }
        guard s < i, Self.prefixLengths(p[s]) & (1 << UInt8(i - s)) != 0, !isTokenByte(byteBefore(s)),
              let end = providerKeyEnd(at: s)
        else { return nil }
        return match(s, end, .apiKey)
    }

    /// Prefixes of identifiers that are not secrets: API object ids (OpenAI, Anthropic, Stripe, Vercel, Clerk...)
    /// and cloud resource ids. Anything else of the shape `word_<long random core>` is taken for a key.
    static let objectIDPrefixes: Set<String> = [
        "msg", "msgbatch", "toolu", "srvtoolu", "req", "call", "resp", "evt", "in", "ii", "il", "cus", "acct", "pi", "ch", "py",
        "pm", "seti", "src", "tok", "txn", "tr", "po", "sub", "si", "prod", "price", "plan", "file", "asst", "thread", "run", "step",
        "batch", "ft", "ftjob", "org", "proj", "user", "sess", "pk", "cs", "cmpl", "chatcmpl", "modr", "vs", "vsfb", "dpl", "prj",
        "team", "id", "uuid", "ulid", "sha", "hash", "commit", "build", "job", "task", "node", "pod", "trace", "span", "ord",
        "order", "inv", "invoice", "cart", "ses", "img", "ami", "vol", "snap", "vpc", "subnet", "sg", "eni", "rtb", "igw", "acl",
        "lt", "fs", "arn", "conv", "conversation", "chat", "item", "fc", "ws", "wf", "wh", "sched", "cr", "ar", "test",
        "sample", "example", "dummy", "fake", "mock", "demo", "placeholder", "your", "my", "local", "dev", "sha1", "sha256",
        "sha384", "sha512", "md5", "blake2b", "age1", "key",
    ]

    /// `word_<random core>` or `word-<random core>` (shippo_live_…, pcsk_…, rdme_…, tskey-auth-…, rubygems_…): a
    /// lowercase word of 2–12 letters and digits starting a token, then 24 bytes or more whose longest stretch is
    /// random, where the word is not an object id's prefix.
    func genericPrefixedKey(separatorAt i: Int) -> Match? {
        if let m = mailchimpKey(separatorAt: i) ?? upperPrefixedKey(separatorAt: i) { return m }
        var s = i
        while s > floor && i - s < 13 && (isLower(p[s - 1]) || isDigit(p[s - 1])) { s -= 1 }
        // After an escaped line break in a JSON string (`\nshippo_live_…`), the word starts after the `n`.
        if s > floor, p[s - 1] == ASCII.backslash, p[s] == UInt8(ascii: "n") || p[s] == UInt8(ascii: "t") || p[s] == UInt8(ascii: "r") { s += 1 }
        guard (2...12).contains(i - s), isLower(p[s]), !isTokenByte(byteBefore(s)) || escapedBreak(before: s),
              byteBefore(s) != ASCII.dot, byteBefore(s) != ASCII.slash
        else { return nil }
        // Keys are at most a few hundred bytes; a longer run is a public key's modulus or an encoded blob.
        let end = run(from: i + 1, limit: 200) { isTokenByte($0) }
        guard (24..<200).contains(end - i - 1), !isAlnum(self[end]), self[end] != ASCII.dot || !isAlnum(self[end + 1]) else { return nil }
        let word = string(s, i)
        // key_<random> is a key (Cursor's); key-<hex> is Mailgun's, which has a rule of its own.
        // (fc_ is an OpenAI function call's id, fc- a Firecrawl key.)
        guard !Self.objectIDPrefixes.contains(word) || (word == "key" && p[i] == ASCII.underscore) || (word == "fc" && p[i] == ASCII.dash)
        else { return nil }
        // bb_live_…, xx_test_…: the mode says it is a key, so a shorter random core will do.
        let mode = has("live_", at: i + 1) || has("test_", at: i + 1) || has("prod_", at: i + 1)
        guard hasRandomCore(i + 1, end, minimum: mode ? 10 : 20) || isScrambled(i + 1, end), !isTemplate(s, end), !isUUID(i + 1, end)
        else { return nil }
        return match(s, end, .apiKey)
    }

    /// A body of 30 bytes or more mixing digits, upper and lower case (3 of each at least) with no run of more than
    /// five lowercase letters: random however its `_` and `-` cut it (figd_32satqHqgdByV_xHNl2o08A-SEMR2dW5…),
    /// where words in an identifier have longer lowercase runs (handle_Request_V2_Response).
    func isScrambled(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 30 else { return false }
        var digits = 0, upper = 0, lower = 0, run = 0
        for i in s..<e {
            let b = p[i]
            if isLower(b) { lower += 1; run += 1; if run > 5 { return false } } else {
                run = 0
                if isDigit(b) { digits += 1 } else if isUpper(b) { upper += 1 }
            }
        }
        return digits >= 3 && upper >= 3 && lower >= 3
    }

    /// The whole of `s..<e` as a `word_<random>` or `WORD-<random>` key, if it is one.
    func genericPrefixedKeyValue(_ s: Int, _ e: Int) -> Match? {
        let sep = run(from: s, limit: 14, { isAlnum($0) })
        guard sep < e, p[sep] == ASCII.underscore || p[sep] == ASCII.dash,
              let m = genericPrefixedKey(separatorAt: sep), m.start == s, m.end == e
        else { return nil }
        return m
    }

    /// FLWSECK-<32 hex>-X, FLWSECK_TEST-…: an uppercase word of 3–12 letters, then a random core of 24 or more.
    private func upperPrefixedKey(separatorAt i: Int) -> Match? {
        var s = i
        while s > floor && i - s < 13 && isUpper(p[s - 1]) { s -= 1 }
        guard (3...12).contains(i - s), !isTokenByte(byteBefore(s)) else { return nil }
        var from = i + 1
        // FLWSECK_TEST-…: a second uppercase word.
        let second = run(from: from, limit: 8, isUpper)
        if second > from, self[second] == ASCII.dash || self[second] == ASCII.underscore { from = second + 1 }
        let end = run(from: from, limit: 200) { isTokenByte($0) }
        guard end - from >= 24, !isAlnum(self[end]), hasRandomCore(from, end, minimum: 24), !isUUID(from, end),
              !Self.upperObjectPrefixes.contains(string(s, i))
        else { return nil }
        return match(s, end, .apiKey)
    }

    static let upperObjectPrefixes: Set<String> = ["SHA", "MD", "UUID", "ID", "TRACE", "REQ", "ORDER", "INV", "TXN", "REF", "BUILD", "COMMIT", "HASH"]

    /// A DeepL key wherever it stands: a UUID, then `:fx` (the free plan's suffix) at the colon `i`.
    func deeplKey(colonAt i: Int) -> Match? {
        guard self[i + 1] == UInt8(ascii: "f"), i - 36 >= floor, !isTokenByte(byteBefore(i - 36)), let end = deeplKeyEnd(uuidAt: i - 36)
        else { return nil }
        return match(i - 36, end, .apiKey)
    }

    /// The end of a DeepL key whose UUID starts at `s`: the UUID, `:fx`, and no more key characters.
    func deeplKeyEnd(uuidAt s: Int) -> Int? {
        isUUID(s, s + 36) && has(":fx", at: s + 36) && !isTokenByte(self[s + 39]) ? s + 39 : nil
    }

    /// Mailchimp: 32 hex digits, `-us` and the data centre's number.
    private func mailchimpKey(separatorAt i: Int) -> Match? {
        guard p[i] == ASCII.dash, has("us", at: i + 1), isDigit(self[i + 3]) else { return nil }
        let end = run(from: i + 3, limit: 3, isDigit)
        guard !isAlnum(self[end]), i - 32 >= floor, run(backFrom: i, limit: 33, isHex) == 32, !isAlnum(self[i - 33]) else { return nil }
        return match(i - 32, end, .apiKey)
    }

    /// A provider key right after the backtick at `i`, as Markdown quotes code (`patXXXX.…`, `EAAA…`, `hvs.…`).
    func backtickedKey(at i: Int) -> Match? {
        guard let end = providerKeyEnd(at: i + 1) else { return nil }
        return match(i + 1, end, .apiKey)
    }

    /// Keys and credentials that start with a letter the trigger table marks: A (AKIA, ASIA, AIza, AC), S (SK, SG.),
    /// B (Bearer, Basic), J (the J of a JWT's eyJ).
    func letterLed(at i: Int) -> Match? {
        switch p[i] {
        case UInt8(ascii: "A"), UInt8(ascii: "S"):
            guard !isTokenByte(byteBefore(i)), let end = providerKeyEnd(at: i) else { return nil }
            return match(i, end, .apiKey)
        case UInt8(ascii: "B"):
            guard wordBoundary(before: i) else { return nil }
            return authorizationValue(schemeAt: i)
        case UInt8(ascii: "J"):
            let s = i - 2
            guard s >= floor, self[s] == UInt8(ascii: "e"), self[s + 1] == UInt8(ascii: "y") else { return nil }
            // Mapbox secret token: sk.eyJ…(payload).(signature) (pk.eyJ… is the public kind).
            if s - 3 >= floor, has("sk.", at: s - 3), !isTokenByte(byteBefore(s - 3)) {
                guard let end = providerKeyEnd(at: s - 3) else { return nil }
                return match(s - 3, end, .apiKey)
            }
            guard !isTokenByte(byteBefore(s)), let end = providerKeyEnd(at: s) else { return nil }
            return match(s, end, .apiKey)
        case UInt8(ascii: "E"):
            guard has("EAAA", at: i), !isTokenByte(byteBefore(i)), let end = providerKeyEnd(at: i) else { return nil }
            return match(i, end, .apiKey)
        default:
            return nil
        }
    }
}

extension Scanner {
    /// An Infura project key in its endpoint: …infura.io/v3/<32 hex>.
    func infuraKey(slashAt i: Int) -> Match? {
        guard i >= 12, has("infura.io/v3", at: i - 12) else { return nil }
        let end = run(from: i + 1, limit: 33, isHex)
        guard end - i - 1 == 32, !isAlnum(self[end]) else { return nil }
        return match(i + 1, end, .apiKey)
    }
}
