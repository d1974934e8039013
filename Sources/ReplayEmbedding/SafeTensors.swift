import Foundation

/// A file in the safetensors format, read whole into memory.
///
/// The format: an 8-byte little-endian header length `N`, `N` bytes of a JSON object that maps each
/// tensor's name to `{"dtype", "shape", "data_offsets": [begin, end]}` (offsets relative to the
/// data that follows the header) plus an optional `"__metadata__"` object of strings, then the raw
/// little-endian tensor data. Every offset, shape and size is checked when the file is opened.
public struct SafeTensors: Sendable {
    /// The element types of the format.
    public enum DType: String, Sendable, CaseIterable {
        case bool = "BOOL", u8 = "U8", i8 = "I8", f8e5m2 = "F8_E5M2", f8e4m3 = "F8_E4M3"
        case i16 = "I16", u16 = "U16", f16 = "F16", bf16 = "BF16"
        case i32 = "I32", u32 = "U32", f32 = "F32"
        case i64 = "I64", u64 = "U64", f64 = "F64"

        /// The size of one element in bytes.
        public var byteSize: Int {
            switch self {
            case .bool, .u8, .i8, .f8e5m2, .f8e4m3: return 1
            case .i16, .u16, .f16, .bf16: return 2
            case .i32, .u32, .f32: return 4
            case .i64, .u64, .f64: return 8
            }
        }
    }

    /// One tensor's entry in the header.
    public struct Tensor: Sendable, Equatable {
        public let name: String
        public let dtype: DType
        public let shape: [Int]
        /// Where the tensor's bytes are, as offsets into the whole file.
        public let byteRange: Range<Int>

        /// The number of elements: the product of the shape (1 for a scalar).
        public var elementCount: Int { shape.reduce(1, *) }
    }

    /// The file's name or path, used in error messages.
    public let file: String
    /// The tensors, by name.
    public let tensors: [String: Tensor]
    /// The header's `__metadata__` strings (empty when there are none).
    public let metadata: [String: String]
    private let storage: Storage

    /// Where the file's bytes are: an array, or the file itself mapped read-only (a model is read
    /// where it lies, not copied into memory first).
    private enum Storage: @unchecked Sendable {
        case array([UInt8])
        case mapped(MappedFile)

        func withBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
            switch self {
            case .array(let bytes): return try bytes.withUnsafeBytes(body)
            case .mapped(let file): return try body(file.bytes)
            }
        }
    }

    /// A file mapped read-only for as long as the object lives.
    final class MappedFile: @unchecked Sendable {
        let bytes: UnsafeRawBufferPointer

        init?(path: String) {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
                  let address = mmap(nil, Int(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { return nil }
            bytes = UnsafeRawBufferPointer(start: address, count: Int(info.st_size))
        }

        deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
    }

    /// Reads and checks the file at `path`.
    public init(contentsOfFile path: String) throws {
        if let mapped = MappedFile(path: path) {
            try self.init(storage: .mapped(mapped), file: path)
            return
        }
        // An empty file (which cannot be mapped), or one that cannot be opened.
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw EmbeddingModelError(file: path, problem: exists ? "cannot be read" : "does not exist")
        }
        try self.init(bytes: [UInt8](data), file: path)
    }

    /// Checks and indexes the bytes of a safetensors file; `file` names it in error messages.
    public init(bytes: [UInt8], file: String) throws {
        try self.init(storage: .array(bytes), file: file)
    }

    private init(storage: Storage, file: String) throws {
        func fail(_ problem: String) -> EmbeddingModelError {
            EmbeddingModelError(file: file, problem: "not a valid safetensors file: \(problem)")
        }
        let (dataStart, dataCount, json): (Int, Int, Any) = try storage.withBytes { bytes in
            guard bytes.count >= 8 else {
                throw fail("\(bytes.count) bytes, too short for the 8-byte header length")
            }
            var headerLength: UInt64 = 0
            for index in 0..<8 { headerLength |= UInt64(bytes[index]) << (8 * UInt64(index)) }
            guard headerLength <= UInt64(bytes.count - 8) else {
                throw fail("the header is \(headerLength) bytes long but the file has only \(bytes.count - 8) after the length (truncated?)")
            }
            let dataStart = 8 + Int(headerLength)
            do {
                return (dataStart, bytes.count - dataStart, try JSONSerialization.jsonObject(with: Data(bytes[8..<dataStart])))
            } catch {
                throw fail("the header is not JSON (\(error.localizedDescription))")
            }
        }
        guard let header = json as? [String: Any] else { throw fail("the header is not a JSON object") }

        var tensors: [String: Tensor] = [:]
        var metadata: [String: String] = [:]
        for (name, value) in header {
            if name == "__metadata__" {
                guard let object = value as? [String: Any] else { throw fail("__metadata__ is not an object") }
                for (key, text) in object {
                    guard let text = text as? String else { throw fail("__metadata__ value \(key) is not a string") }
                    metadata[key] = text
                }
                continue
            }
            guard let entry = value as? [String: Any] else { throw fail("tensor \(name) is not an object") }
            guard let dtypeName = entry["dtype"] as? String else { throw fail("tensor \(name) has no dtype") }
            guard let dtype = DType(rawValue: dtypeName) else {
                throw fail("tensor \(name) has the unknown dtype \(dtypeName)")
            }
            guard let shape = Self.integers(entry["shape"]), shape.allSatisfy({ $0 >= 0 }) else {
                throw fail("tensor \(name) has no valid shape")
            }
            guard let offsets = Self.integers(entry["data_offsets"]), offsets.count == 2,
                  offsets[0] >= 0, offsets[0] <= offsets[1]
            else { throw fail("tensor \(name) has no valid data_offsets") }
            guard offsets[1] <= dataCount else {
                throw fail("tensor \(name) ends at byte \(offsets[1]) of the data, but the data has only \(dataCount) bytes (truncated?)")
            }
            var byteSize = dtype.byteSize
            var overflow = false
            for dimension in shape {
                let (product, overflowed) = byteSize.multipliedReportingOverflow(by: dimension)
                byteSize = product
                overflow = overflow || overflowed
            }
            guard !overflow, byteSize == offsets[1] - offsets[0] else {
                throw fail("tensor \(name) of shape \(shape) and dtype \(dtypeName) does not fit its \(offsets[1] - offsets[0]) bytes")
            }
            tensors[name] = Tensor(name: name, dtype: dtype, shape: shape,
                                   byteRange: (dataStart + offsets[0])..<(dataStart + offsets[1]))
        }
        self.file = file
        self.tensors = tensors
        self.metadata = metadata
        self.storage = storage
    }

    /// The named tensor's entry, or an error naming the file and the tensors it does have.
    public func tensor(_ name: String) throws -> Tensor {
        guard let tensor = tensors[name] else {
            throw EmbeddingModelError(
                file: file, problem: "has no tensor \(name) (it has: \(tensors.keys.sorted().joined(separator: ", ")))")
        }
        return tensor
    }

    /// The named tensor's elements as `Float`, row-major. Reads F32, F16 (converted bit by bit,
    /// without relying on the platform's `Float16`), BF16, F64 and the integer types.
    public func floats(_ name: String) throws -> [Float] {
        let count = try tensor(name).elementCount
        return try [Float](unsafeUninitializedCapacity: count) { out, initialized in
            try floats(name, into: out)
            initialized = count
        }
    }

    /// Writes the named tensor's elements as `Float` into `out`, which has room for exactly
    /// `elementCount` of them (for a caller that keeps them in memory of its own: no array copy).
    public func floats(_ name: String, into out: UnsafeMutableBufferPointer<Float>) throws {
        let tensor = try tensor(name)
        let count = tensor.elementCount
        precondition(out.count == count)
        let start = tensor.byteRange.lowerBound
        let done = storage.withBytes { raw -> Bool in
            switch tensor.dtype {
            case .f32:
                for n in 0..<count { out[n] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * n, as: UInt32.self))) }
            case .f16:
                // Through a table of all 65,536 halves: a load per element instead of a branchy conversion.
                Self.halves.withUnsafeBufferPointer { table in
                    for n in 0..<count {
                        out[n] = table[Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: start + 2 * n, as: UInt16.self)))]
                    }
                }
            case .bf16:
                for n in 0..<count { out[n] = Float(bitPattern: UInt32(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: start + 2 * n, as: UInt16.self))) << 16) }
            case .f64:
                for n in 0..<count { out[n] = Float(Double(bitPattern: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * n, as: UInt64.self)))) }
            case .bool, .f8e5m2, .f8e4m3:
                return false
            default:
                guard let values = Self.integerElements(raw, tensor) else { return false }
                for n in 0..<count { out[n] = Float(values[n]) }
            }
            return true
        }
        guard done else {
            throw EmbeddingModelError(file: file, problem: "tensor \(name) has dtype \(tensor.dtype.rawValue), which cannot be read as numbers")
        }
    }

    /// The named tensor's elements as `Int`, row-major. Reads I64, I32, I16, I8, U64, U32, U16 and U8.
    public func integers(_ name: String) throws -> [Int] {
        let tensor = try tensor(name)
        guard let values = storage.withBytes({ Self.integerElements($0, tensor) }) else {
            throw EmbeddingModelError(file: file, problem: "tensor \(name) has dtype \(tensor.dtype.rawValue), not an integer type")
        }
        return values
    }

    /// Every half-precision bit pattern as `Float`.
    static let halves: [Float] = (0...0xFFFF).map { float(fromHalf: UInt16($0)) }

    /// Converts the bits of an IEEE 754 half-precision number to `Float`: normal and subnormal
    /// numbers, signed zeros, infinities and NaNs.
    @inlinable
    public static func float(fromHalf bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = UInt32(bits >> 10) & 0x1F
        let mantissa = UInt32(bits & 0x3FF)
        switch exponent {
        case 0:
            // Zero or subnormal: mantissa × 2^-24.
            let magnitude = Float(mantissa) * (1.0 / 16_777_216.0)
            return sign == 0 ? magnitude : -magnitude
        case 0x1F:
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        default:
            return Float(bitPattern: sign | ((exponent + 112) << 23) | (mantissa << 13))
        }
    }

    private static func integerElements(_ raw: UnsafeRawBufferPointer, _ tensor: Tensor) -> [Int]? {
        let count = tensor.elementCount
        let start = tensor.byteRange.lowerBound
        switch tensor.dtype {
        case .i64: return (0..<count).map { Int(truncatingIfNeeded: Int64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * $0, as: Int64.self))) }
        case .u64: return (0..<count).map { Int(truncatingIfNeeded: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: start + 8 * $0, as: UInt64.self))) }
        case .i32: return (0..<count).map { Int(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * $0, as: Int32.self))) }
        case .u32: return (0..<count).map { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * $0, as: UInt32.self))) }
        case .i16: return (0..<count).map { Int(Int16(littleEndian: raw.loadUnaligned(fromByteOffset: start + 2 * $0, as: Int16.self))) }
        case .u16: return (0..<count).map { Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: start + 2 * $0, as: UInt16.self))) }
        case .i8: return (0..<count).map { Int(Int8(bitPattern: raw[start + $0])) }
        case .u8: return (0..<count).map { Int(raw[start + $0]) }
        default: return nil
        }
    }

    /// A JSON array of integers (as JSONSerialization gives them), or nil.
    private static func integers(_ value: Any?) -> [Int]? {
        guard let array = value as? [Any] else { return nil }
        var result: [Int] = []
        result.reserveCapacity(array.count)
        for element in array {
            if let number = element as? Int {
                result.append(number)
            } else if let number = element as? NSNumber, number.doubleValue == number.doubleValue.rounded() {
                result.append(number.intValue)
            } else {
                return nil
            }
        }
        return result
    }
}
