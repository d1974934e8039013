/// `Bearer <token>` and `Basic <base64 of user:password>` credentials, as in an Authorization header.

extension Scanner {
    @inline(__always) static func isCredentialByte(_ b: UInt8) -> Bool {
        isTokenByte(b) || b == ASCII.dot || b == ASCII.tilde || b == ASCII.plus || b == ASCII.slash || b == ASCII.equals
    }

    /// The credential after the scheme word at `i` (Bearer or Basic, any case); the scheme word is kept.
    func authorizationValue(schemeAt i: Int) -> Match? {
        let basic: Bool
        var v: Int
        if hasFolded("bearer", at: i) {
            basic = false; v = i + 6
        } else if hasFolded("basic", at: i) {
            basic = true; v = i + 5
        } else {
            return nil
        }
        guard self[v] == ASCII.space else { return nil }
        while v < n && isBlank(p[v]) && v - i < 10 { v += 1 }
        let end = run(from: v, Self.isCredentialByte)
        guard end - v >= 8, !isTemplate(v, end) else { return nil }
        if let keyEnd = providerKeyEnd(at: v), keyEnd <= end { return match(v, keyEnd, .apiKey) }
        if !basic, let keyEnd = bearerProviderKeyEnd(v, end) { return match(v, keyEnd, .apiKey) }
        if basic {
            guard Base64.decodesToCredentials(UnsafeBufferPointer(rebasing: p[v..<end])) else { return nil }
        } else {
            guard isOpaqueToken(v, end) else { return nil }
            // A provider's key sent as a bearer token (fc-…, figd_…, bkua_…, CCIPAT_…) is still that key.
            if let m = genericPrefixedKeyValue(v, end) { return m }
            // An opaque token sent to a vendor's API is that API's key.
            return match(v, end, sentToVendorAPI(v, end) ? .apiKey : .secret)
        }
        return match(v, end, .secret)
    }

    /// Whether the opaque token at `v..<end` (not a JWT, not Google's ya29.… OAuth token: those are a session's
    /// credential) is sent to one of `knownAPIHosts` named near it, or to a public `api.` host or `/api/` path named on
    /// its line or the next (curl -H '…' https://api.jina.ai/…, requests.get("https://readwise.io/api/v2/…"), an HTTP
    /// dump's `Host: api.…`): that API's key.
    func sentToVendorAPI(_ v: Int, _ end: Int) -> Bool {
        !has("eyJ", at: v) && !has("ya29.", at: v) && (mentionsKnownAPIHost(from: max(0, v - 600), to: min(n, end + 300)) || namesAPIHost(near: v, end))
    }

    /// The end of a provider's key sent as a bearer token that other rules know by what follows its start: a DeepL
    /// key (a UUID and `:fx`, past the token's end at the colon), a Mailchimp key (32 hex digits, `-us` and a number).
    /// (A Mapbox secret token, `sk.eyJ…`, is one of `providerKeyEnd`'s shapes.)
    private func bearerProviderKeyEnd(_ v: Int, _ end: Int) -> Int? {
        if end - v == 36, let keyEnd = deeplKeyEnd(uuidAt: v) { return keyEnd }
        if end - v >= 36, end - v <= 38, (v..<v + 32).allSatisfy({ isHex(p[$0]) }), has("-us", at: v + 32),
           (v + 35..<end).allSatisfy({ isDigit(p[$0]) }) {
            return end
        }
        return nil
    }

    /// API hosts of model providers and of services whose bearer tokens are API keys (not OAuth access tokens),
    /// named anywhere near the token (a `fetch('https://api.vercel.com/…', {` a few lines above its headers).
    private static let knownAPIHosts: [StaticString] = [
        "api.openai.com", "api.anthropic.com", "api.mistral.ai", "api.groq.com", "api.cohere.", "api.together.", "api.deepseek.com",
        "openrouter.ai", "generativelanguage.googleapis.com", "api.x.ai", "api.perplexity.ai", "api.fireworks.ai", "api.cerebras.ai",
        "api.vercel.com", "api.netlify.com", "api.github.com", "gitlab.com/api", "api.stripe.com", "api.twilio.com",
        "api.sendgrid.com", "api.mailgun.net", "api.postmarkapp.com", "api.resend.com", "api.notion.com", "api.airtable.com",
        "api.linear.app", "api.cloudflare.com", "api.digitalocean.com", "api.heroku.com", "api.replicate.com", "api.elevenlabs.io",
        "api.deepgram.com", "api.assemblyai.com", "api.pinecone.io", "api.hubapi.com", "api.pagerduty.com", "api.datadoghq.",
        "api.render.com", "api.fly.io", "api.supabase.", "api.clerk.", "api.segment.io", "api.mapbox.com",
        "api.todoist.com", "api.trello.com", "api.figma.com", "api.calendly.com", "api.intercom.io", "api.zendesk.com",
    ]

    /// Whether a vendor's public API host (`https://api.<name>.<tld>`, `https://<name>.<tld>/api/` or `Host: api.<name>.<tld>`, not an internal or
    /// reserved one such as `api.internal.example` or `api.corp.local`: a token for those is a service's own
    /// credential) is written on the line of `v..<end` or the line after it (a `Host:` header also on the line before).
    private func namesAPIHost(near v: Int, _ end: Int) -> Bool {
        // From the start of the token's line; an HTTP dump's `Host:` header may be on the line before.
        var s = v, breaks = 0, lineStart = -1
        while s > 0 && v - s < 400 {
            if p[s - 1] == ASCII.newline || escapedBreak(before: s) {
                breaks += 1
                if breaks == 1 { lineStart = s }
                if breaks > 1 { break }
            }
            s -= 1
        }
        if lineStart < 0 { lineStart = s }
        var e = end, lines = 0
        while e < n && e - end < 400 {
            if p[e] == ASCII.newline || escapedBreak(before: e + 1) {
                lines += 1
                if lines > 1 { break }
            }
            e += 1
        }
        var k = s
        while k + 12 <= e {
            // https://api.… in a URL, or an HTTP dump's `Host: api.…` header.
            let prefix = k >= lineStart && p[k] == UInt8(ascii: "h") && has("https://api.", at: k) ? 12
                : (p[k] | 0x20) == UInt8(ascii: "h") && hasFolded("host: api.", at: k) ? 10 : 0
            if prefix > 0 && isPublicHost(at: k + prefix) { return true }
            // https://<host>/api/…: a public host's API path (requests.get("https://readwise.io/api/v2/…")).
            if k >= lineStart && p[k] == UInt8(ascii: "h") && has("https://", at: k) {
                let hostEnd = run(from: k + 8, limit: 128) { isAlnum($0) || $0 == ASCII.dot || $0 == ASCII.dash }
                if has("/api/", at: hostEnd) && isPublicHost(at: k + 8) { return true }
            }
            k += 1
        }
        return false
    }

    /// Whether the host name at `host` (or its part after `api.`) is a vendor's public one: a dotted name, not an
    /// internal or reserved one (api.internal.example, api.corp.local, localhost).
    func isPublicHost(at host: Int) -> Bool {
        let hostEnd = run(from: host, limit: 128) { isAlnum($0) || $0 == ASCII.dot || $0 == ASCII.dash }
        let name = lowercased(host, hostEnd)
        let isInternal = name.contains("internal") || name.hasPrefix("example.") || name.contains(".example.")
            || ["example", "local", "test", "lan", "corp", "localhost", "invalid", "home", "intranet"].contains { name.hasSuffix("." + $0) || name == $0 }
        return !isInternal && name.contains(".")
    }

    /// Whether one of `knownAPIHosts` is written in `from..<to`.
    private func mentionsKnownAPIHost(from: Int, to: Int) -> Bool {
        var k = from
        while k < to {
            if p[k] == UInt8(ascii: "a") || p[k] == UInt8(ascii: "o") || p[k] == UInt8(ascii: "g") {
                for host in Self.knownAPIHosts where k + host.utf8CodeUnitCount <= to && has(host, at: k) { return true }
            }
            k += 1
        }
        return false
    }
}

enum Base64 {
    /// Whether `text` (standard or URL-safe base64) decodes to printable ASCII with a `:`, as `user:password` does.
    static func decodesToCredentials(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var bits = 0, count = 0
        var colon = false
        for b in text {
            let value: Int
            switch b {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = Int(b) - 65
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = Int(b) - 71
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(b) + 4
            case ASCII.plus, ASCII.dash: value = 62
            case ASCII.slash, ASCII.underscore: value = 63
            case ASCII.equals: return colon
            default: return false
            }
            bits = (bits << 6 | value) & 0xFFFFFF
            count += 6
            if count >= 8 {
                count -= 8
                let byte = (bits >> count) & 0xFF
                guard byte >= 0x20 && byte < 0x7F else { return false }
                if byte == Int(ASCII.colon) { colon = true }
            }
        }
        return colon
    }
}
