/// The password of a `.netrc` entry (`machine api.example.com login deploy password 9cfa…`), on one line or several.

extension Scanner {
    /// The password whose token holds the digit at `i`, after the word `password` of an entry that a `machine`
    /// word opens at most 300 bytes before it; the password of a `machine api.<vendor>` entry is that API's key.
    func netrcPassword(valueAt i: Int) -> Match? {
        var s = i
        while s > floor && i - s < 256 && !isWhitespace(p[s - 1]) && p[s - 1] != ASCII.quote && p[s - 1] != ASCII.backslash { s -= 1 }
        // `password`, then blanks, right before the token.
        var w = s
        while w > floor && s - w < 8 && isBlank(p[w - 1]) { w -= 1 }
        guard w < s, w - 8 >= floor, hasFolded("password", at: w - 8), wordBoundary(before: w - 8) || escapedBreak(before: w - 8) else { return nil }
        let e = run(from: i, limit: 256) { !isWhitespace($0) && $0 != ASCII.quote && $0 != ASCII.backslash }
        guard e - s >= 6, !isTemplate(s, e) else { return nil }
        // The entry's `machine` word, and its host.
        var k = w - 8
        while k > max(floor, w - 8 - 300) {
            k -= 1
            guard hasFolded("machine", at: k), wordBoundary(before: k) || escapedBreak(before: k), isBlank(self[k + 7]) else { continue }
            var host = k + 7
            while isBlank(self[host]) && host - k < 12 { host += 1 }
            let vendor = hasFolded("api.", at: host) && isPublicHost(at: host + 4)
            return match(s, e, vendor ? .apiKey : .secret)
        }
        return nil
    }
}
