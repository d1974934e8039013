import Testing

@testable import ReplayRedaction

/// JSON that escapes non-ASCII (`json.dumps` by default) is scanned as the text it stands for: the cue words around a
/// value are readable, a number glued to an escape is a number, and the output keeps every escape as written.
@Suite struct UnicodeEscapeTests {
    private func redacted(_ text: String) -> String { redactedText(text, keyByte: 11) }

    @Test("cue words written as \\u escapes, numbers and keys glued to an escape, surrogate pairs", arguments: [
        // 電話：612345678 (a bare nine-digit number needs a word naming a phone right before it)
        (#"{"text":"\u96fb\u8a71\uff1a612345678"}"#, #"{"text":"\u96fb\u8a71\uff1a<PHONE_1>"}"#),
        // 📞 612345678, the emoji as a surrogate pair
        (#"{"text":"\ud83d\udcde612345678"}"#, #"{"text":"\ud83d\udcde<PHONE_1>"}"#),
        // 一直有13812345678打电话 (the number's first digits continue the escape's hex digits)
        (#"{"content":"\u4e00\u76f4\u670913812345678\u6253\u7535\u8bdd"}"#, #"{"content":"\u4e00\u76f4\u6709<PHONE_1>\u6253\u7535\u8bdd"}"#),
        // JSON inside JSON: the escapes' backslashes escaped once more
        (#"{"args":"{\"q\": \"\\u96fb\\u8a71\\uff1a612345678\"}"}"#, #"{"args":"{\"q\": \"\\u96fb\\u8a71\\uff1a<PHONE_1>\"}"}"#),
        // MistralのAPIキーはq8XbT2mV9cL4nR7sK1pW6yZ3hJ5dF0gAです
        (#"{"text":"Mistral\u306eAPI\u30ad\u30fc\u306fq8XbT2mV9cL4nR7sK1pW6yZ3hJ5dF0gA\u3067\u3059"}"#,
         #"{"text":"Mistral\u306eAPI\u30ad\u30fc\u306f<API_KEY_1>\u3067\u3059"}"#),
    ])
    func escapedText(input: String, expected: String) {
        #expect(redacted(input) == expected)
    }

    @Test("the same value escaped and written plainly gets the same placeholder")
    func samePlaceholder() {
        var redactor = Redactor(key: RedactionKey(bytes: Array(repeating: 11, count: 32)))
        let plain = redactor.redact("電話：612345678")
        let escaped = redactor.redact(#""\u96fb\u8a71\uff1a612345678""#)
        #expect(plain == "電話：<PHONE_1>")
        #expect(escaped == #""\u96fb\u8a71\uff1a<PHONE_1>""#)
    }

    @Test("escapes of ASCII characters, lone surrogates and broken escapes are left as they are", arguments: [
        #"{"html":"\u003cb\u003e20240315\u003c/b\u003e"}"#, #"{"t":"\udc00 612345678 \ud800"}"#, #"{"t":"\\u00zz 612345678"}"#,
        #"{"t":"\u4e00\u4e8c 20240315 \u4e09"}"#,
    ])
    func leftAlone(input: String) {
        #expect(redacted(input) == input)
    }
}
