import XCTest
@testable import ReplayEmbedding

/// The hash table under the vocabulary and the chunk cache: inline and out-of-line keys and values.
final class ByteTableTests: XCTestCase {
    func key(_ index: Int) -> [UInt8] {
        // Lengths 1...40, so keys both fit in a slot (≤ 16 bytes) and do not.
        let text = String(index) + String(repeating: "é", count: index % 20)
        return Array(text.utf8)
    }

    func values(_ index: Int) -> [Int32] { (0..<(index % 6)).map { Int32(index * 10 + $0) - 3 } }

    func lookUp(_ table: ByteTable, _ key: [UInt8]) -> [Int32]? {
        key.withUnsafeBufferPointer { key in
            table.find(key, hash: ByteTable.hash(key)).map { found in table.withValues(found) { Array($0) } }
        }
    }

    func testStoresAndFindsKeysAndValuesOfEveryLength() {
        var table = ByteTable()
        for index in 0..<5000 {
            let stored = key(index).withUnsafeBufferPointer { key in
                values(index).withUnsafeBufferPointer { table.insert(key, hash: ByteTable.hash(key), values: $0) }
            }
            XCTAssertNotNil(stored)
        }
        XCTAssertEqual(table.count, 5000)
        for index in 0..<5000 {
            XCTAssertEqual(lookUp(table, key(index)), values(index), "key \(index)")
        }
        XCTAssertNil(lookUp(table, Array("absent".utf8)))
        XCTAssertNil(lookUp(table, []))

        table.removeAll()
        XCTAssertEqual(table.count, 0)
        XCTAssertNil(lookUp(table, key(7)))
    }

    func testTooLongKeysAreNotStored() {
        var table = ByteTable()
        let long = [UInt8](repeating: 65, count: ByteTable.maximumKeyLength + 1)
        let stored = long.withUnsafeBufferPointer { key in
            [Int32(1)].withUnsafeBufferPointer { table.insert(key, hash: ByteTable.hash(key), values: $0) }
        }
        XCTAssertNil(stored)
        XCTAssertNil(lookUp(table, long))
    }
}
