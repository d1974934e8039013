@testable import ReplayRedaction

/// `text` through a fresh redactor whose key is 32 bytes of `keyByte` (each suite keeps its own key, so its
/// expected placeholders stay as written).
func redactedText(_ text: String, keyByte: UInt8) -> String {
    var redactor = Redactor(key: RedactionKey(bytes: Array(repeating: keyByte, count: 32)))
    return redactor.redact(text)
}
