/// The character classes of HuggingFace `tokenizers`' BertNormalizer and BertPreTokenizer, as that
/// library decides them, so that Swift tokenizes exactly as Python does.
///
/// `tokenizers` takes whitespace and lowercasing from Rust's standard library (current Unicode),
/// but control, punctuation and nonspacing-mark from the `unicode_categories` crate, whose tables
/// are Unicode 8.0: a character assigned after 8.0 is in none of those three classes there, and
/// some older characters have changed category since. So those three classes come from tables
/// taken from `tokenizers` itself (`BertUnicodeTables`), not from Swift's Unicode data.
enum BertCharacterClasses {
    /// Rust's `char::is_whitespace` (the White_Space property), which the pre-tokenizer splits on.
    @inline(__always)
    static func isWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// BertNormalizer's `is_control`, as `tokenizers` decides it (categories Cc, Cf, Co of
    /// Unicode 8.0), plus NUL and U+FFFD, which clean-text removes as well. Tab, newline and
    /// carriage return are whitespace, not controls.
    @inline(__always)
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value < 0x20 ? !(value == 0x09 || value == 0x0A || value == 0x0D) : value == 0x7F }
        return BertUnicodeTables.contains(BertUnicodeTables.control, value)
    }

    /// BertPreTokenizer's punctuation: ASCII punctuation (which includes `$+<=>^`|~`), or a
    /// character of a P* category as `tokenizers` decides it (Unicode 8.0).
    @inline(__always)
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value)
                || (0x5B...0x60).contains(value) || (0x7B...0x7E).contains(value)
        }
        return BertUnicodeTables.contains(BertUnicodeTables.punctuation, value)
    }

    /// A nonspacing mark as `tokenizers` decides it (category Mn of Unicode 8.0): what
    /// strip-accents removes after NFD.
    @inline(__always)
    static func isNonspacingMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x300 && BertUnicodeTables.contains(BertUnicodeTables.nonspacingMark, scalar.value)
    }

    /// BertNormalizer's CJK ideograph ranges, which it surrounds with spaces. These are the ranges
    /// `tokenizers` uses, including its 0x2B920 (not 0x2B820) start of the fifth range.
    @inline(__always)
    static func isChineseCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
             0x2B740...0x2B81F, 0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
