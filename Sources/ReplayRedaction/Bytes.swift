/// Byte classes for scanning UTF-8 text (ASCII only; bytes ≥ 0x80 are parts of other characters).

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
@inline(__always) func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
@inline(__always) func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
@inline(__always) func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
@inline(__always) func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || isAlpha(b) }
@inline(__always) func isHex(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) &- 0x61 < 6 }
@inline(__always) func lowered(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
/// `[A-Za-z0-9_]`
@inline(__always) func isWordByte(_ b: UInt8) -> Bool { isAlnum(b) || b == ASCII.underscore }
/// `[A-Za-z0-9_-]`: the characters of most keys and tokens.
@inline(__always) func isTokenByte(_ b: UInt8) -> Bool { isWordByte(b) || b == ASCII.dash }
@inline(__always) func isBlank(_ b: UInt8) -> Bool { b == ASCII.space || b == ASCII.tab }
@inline(__always) func isWhitespace(_ b: UInt8) -> Bool { b == ASCII.space || b == ASCII.tab || b == ASCII.newline || b == ASCII.cr }

enum ASCII {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let hash: UInt8 = 0x23
    static let dollar: UInt8 = 0x24
    static let percent: UInt8 = 0x25
    static let ampersand: UInt8 = 0x26
    static let apostrophe: UInt8 = 0x27
    static let openParen: UInt8 = 0x28
    static let closeParen: UInt8 = 0x29
    static let star: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let semicolon: UInt8 = 0x3B
    static let less: UInt8 = 0x3C
    static let equals: UInt8 = 0x3D
    static let greater: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let underscore: UInt8 = 0x5F
    static let backtick: UInt8 = 0x60
    static let openBrace: UInt8 = 0x7B
    static let pipe: UInt8 = 0x7C
    static let closeBrace: UInt8 = 0x7D
    static let tilde: UInt8 = 0x7E
}

/// The bytes of an ASCII literal, for comparing against text.
@inline(__always) func bytes(_ s: StaticString) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount)
}
