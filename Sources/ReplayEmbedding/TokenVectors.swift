import Foundation

/// The vectors of a model's tokens in one block of memory that never changes after it is made:
/// the embedding rows, and model2vec's optional per-token weights and token → row mapping.
///
/// A class over raw memory (rather than arrays) so that the hot loop of embedding reads it through
/// plain pointers, with no copy-on-write or exclusivity checks; immutable, hence `Sendable`.
final class TokenVectors: @unchecked Sendable {
    let rows: Int
    let dimension: Int
    private let vectors: UnsafeMutablePointer<Float>
    private let weights: UnsafeMutablePointer<Float>?
    private let mapping: UnsafeMutablePointer<Int32>?
    /// Whether `vectors` is a mapping of its own (else heap memory).
    private let mapped: Bool

    /// `fill` writes the `rows × dimension` values of the rows, row-major, straight into this
    /// object's memory (they are most of a model: no array of them is made and copied);
    /// `weights` and `mapping` have one entry per token id (already checked by the caller).
    init(rows: Int, dimension: Int, weights: [Float]?, mapping: [Int32]?,
         fill: (UnsafeMutableBufferPointer<Float>) throws -> Void) rethrows {
        let (vectors, mapped) = Self.allocateRows(rows * dimension)
        do {
            try fill(UnsafeMutableBufferPointer(start: vectors, count: rows * dimension))
        } catch {
            Self.deallocateRows(vectors, rows * dimension, mapped: mapped)
            throw error
        }
        self.mapped = mapped
        self.rows = rows
        self.dimension = dimension
        self.vectors = vectors
        self.weights = weights.map(Self.copy)
        self.mapping = mapping.map(Self.copy)
    }

    deinit {
        Self.deallocateRows(vectors, rows * dimension, mapped: mapped)
        weights?.deallocate()
        mapping?.deallocate()
    }

    /// Adds the rows of `ids` to `sum` (times their weights), skipping `unknown` and stopping after
    /// `limit` ids; returns how many ids it went through and how many rows it added.
    @inline(__always)
    func accumulate(_ ids: UnsafeBufferPointer<Int32>, into sum: UnsafeMutablePointer<Float>, unknown: Int32, limit: Int)
        -> (consumed: Int, added: Int)
    {
        let dimension = self.dimension
        let consumed = min(ids.count, limit)
        var added = 0
        for position in 0..<consumed {
            let id = ids[position]
            if id == unknown { continue }
            let row = mapping.map { Int($0[Int(id)]) } ?? Int(id)
            let vector = UnsafePointer(vectors + row * dimension)
            if let weights {
                let weight = weights[Int(id)]
                for index in 0..<dimension { sum[index] += vector[index] * weight }
            } else {
                for index in 0..<dimension { sum[index] += vector[index] }
            }
            added += 1
        }
        return (consumed, added)
    }

    /// Memory for the rows with its pages made up front by one `mmap` (`MAP_POPULATE`): filling
    /// 15 MB page by page costs a page fault per 4 KB, several milliseconds of every diff.
    /// (Plain heap memory if the mapping fails.)
    private static func allocateRows(_ count: Int) -> (UnsafeMutablePointer<Float>, mapped: Bool) {
        let bytes = max(count, 1) * MemoryLayout<Float>.stride
        if let address = mmap(nil, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0), address != MAP_FAILED {
            return (address.bindMemory(to: Float.self, capacity: max(count, 1)), true)
        }
        return (UnsafeMutablePointer<Float>.allocate(capacity: max(count, 1)), false)
    }

    private static func deallocateRows(_ rows: UnsafeMutablePointer<Float>, _ count: Int, mapped: Bool) {
        if mapped { munmap(UnsafeMutableRawPointer(rows), max(count, 1) * MemoryLayout<Float>.stride) } else { rows.deallocate() }
    }

    private static func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let pointer = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        values.withUnsafeBufferPointer { pointer.initialize(from: $0.baseAddress!, count: values.count) }
        return pointer
    }
}
