/// The workspace's local secret that keys the placeholder table (never leaves the machine).
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public struct RedactionKey: Sendable, Equatable {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }

    /// 32 fresh bytes from /dev/urandom.
    public static func generate() throws -> RedactionKey {
        guard let file = fopen("/dev/urandom", "rb") else { throw RedactionError.randomUnavailable }
        defer { fclose(file) }
        var bytes = [UInt8](repeating: 0, count: 32)
        let read = bytes.withUnsafeMutableBytes { fread($0.baseAddress, 1, 32, file) }
        guard read == 32 else { throw RedactionError.randomUnavailable }
        return RedactionKey(bytes: bytes)
    }

    /// Lowercase hexadecimal, for storing the key in a file.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// The key `hex` printed; nil unless the text is an even number of hex digits.
    public init?(hex: String) {
        let chars = Array(hex.utf8)
        guard !chars.isEmpty, chars.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for pair in stride(from: 0, to: chars.count, by: 2) {
            guard let high = hexValue(chars[pair]), let low = hexValue(chars[pair + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }
}

private func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
}

/// Why a key or a placeholder table could not be made or read.
public enum RedactionError: Error, Equatable, Sendable {
    case randomUnavailable
    case invalidTable(String)
}
