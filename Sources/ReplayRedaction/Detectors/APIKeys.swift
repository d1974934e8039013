/// Provider-shaped API keys: OpenAI, Anthropic, AWS, GitHub, GitLab, Slack, Google, Stripe, Hugging Face, JWT, and a few more.

extension Scanner {
    /// The end of a provider-shaped key starting at `s`, if one does.
    func providerKeyEnd(at s: Int) -> Int? {
        switch p[s] {
        case UInt8(ascii: "s"):
            if has("sk-ant-", at: s) { return body(s + 7, minimum: 20, isTokenByte, core: 10) }
            for prefix: StaticString in ["sk-proj-", "sk-svcacct-", "sk-admin-"] where has(prefix, at: s) {
                return body(s + prefix.utf8CodeUnitCount, minimum: 20, isTokenByte, core: 10)
            }
            if has("sk-", at: s) { return body(s + 3, minimum: 20, isTokenByte, core: 16) }
            if has("sk_live_", at: s) || has("sk_test_", at: s) { return body(s + 8, minimum: 10, isAlnum) }
        case UInt8(ascii: "r"), UInt8(ascii: "p"):
            if has("k_live_", at: s + 1) || has("k_test_", at: s + 1) { return body(s + 8, minimum: 10, isAlnum) }
            if has("pplx-", at: s) { return body(s + 5, minimum: 40, isAlnum) }
            if has("pypi-", at: s) { return body(s + 5, minimum: 50, isTokenByte) }
        case UInt8(ascii: "n"):
            if has("npm_", at: s) { return body(s + 4, minimum: 36, isAlnum) }
        case UInt8(ascii: "w"):
            if has("whsec_", at: s) { return body(s + 6, minimum: 24, isAlnum) }
        case UInt8(ascii: "g"):
            if has("gh", at: s), self[s + 3] == ASCII.underscore, "pousr".utf8.contains(self[s + 2]) {
                return body(s + 4, minimum: 30, isAlnum)
            }
            if has("github_pat_", at: s) { return body(s + 11, minimum: 40, isWordByte) }
            if has("glpat-", at: s) { return body(s + 6, minimum: 20, isTokenByte) }
            if has("gsk_", at: s) { return body(s + 4, minimum: 40, isAlnum) }
        case UInt8(ascii: "x"):
            if has("xox", at: s), "abprs".utf8.contains(self[s + 3]), self[s + 4] == ASCII.dash {
                let end = body(s + 5, minimum: 10) { isAlnum($0) || $0 == ASCII.dash }
                if let end, (s + 5..<end).contains(where: { isDigit(p[$0]) }) { return end }
            }
            if has("xai-", at: s) { return body(s + 4, minimum: 40, isAlnum) }
        case UInt8(ascii: "h"):
            if has("hf_", at: s) { return body(s + 3, minimum: 30, isAlnum) }
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
            if has("AKIA", at: s) || has("ASIA", at: s) {
                let end = run(from: s + 4, limit: 17) { isUpper($0) || isDigit($0) }
                return end - s == 20 && !isAlnum(self[end]) ? end : nil
            }
            if has("AIza", at: s) {
                let end = run(from: s + 4, limit: 41, isTokenByte)
                return (33...40).contains(end - s - 4) && !isAlnum(self[end]) ? end : nil
            }
        case UInt8(ascii: "e"):
            return jwtEnd(at: s)
        default:
            break
        }
        return nil
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

    /// A provider key whose `-` or `_` is at `i` (sk-, ghp_, glpat-, xoxb-, hf_, sk_live_, github_pat_, npm_, ...).
    func prefixedKey(separatorAt i: Int) -> Match? {
        var s = i
        while s > floor && i - s < 6 && isLower(p[s - 1]) { s -= 1 }
        guard s < i, !isTokenByte(byteBefore(s)) else { return nil }
        switch p[s] {
        case UInt8(ascii: "s"), UInt8(ascii: "r"), UInt8(ascii: "p"), UInt8(ascii: "g"), UInt8(ascii: "x"), UInt8(ascii: "h"),
             UInt8(ascii: "n"), UInt8(ascii: "w"): break
        default: return nil
        }
        guard let end = providerKeyEnd(at: s) else { return nil }
        return match(s, end, .apiKey)
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
            guard s >= floor, self[s] == UInt8(ascii: "e"), self[s + 1] == UInt8(ascii: "y"), !isTokenByte(byteBefore(s)),
                  let end = providerKeyEnd(at: s)
            else { return nil }
            return match(s, end, .apiKey)
        default:
            return nil
        }
    }
}
