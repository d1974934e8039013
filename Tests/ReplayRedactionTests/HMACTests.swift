/// HMAC-SHA256 against the RFC 4231 test vectors.
import ReplayCore
import Testing
@testable import ReplayRedaction

@Suite struct HMACTests {
    @Test("RFC 4231 test case 1: 20-byte key")
    func case1() {
        let mac = HMACSHA256(key: [UInt8](repeating: 0x0b, count: 20)).mac(Array("Hi There".utf8))
        #expect(mac.hexString == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test("RFC 4231 test case 2: a key shorter than the output")
    func case2() {
        let mac = HMACSHA256(key: Array("Jefe".utf8)).mac(Array("what do ya want for nothing?".utf8))
        #expect(mac.hexString == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("RFC 4231 test case 6: a key longer than the block is hashed first")
    func case6() {
        let mac = HMACSHA256(key: [UInt8](repeating: 0xaa, count: 131))
            .mac(Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))
        #expect(mac.hexString == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test("One HMAC value serves many messages")
    func reusable() {
        let hmac = HMACSHA256(key: Array("Jefe".utf8))
        let first = hmac.mac(Array("a".utf8))
        _ = hmac.mac(Array("b".utf8))
        #expect(hmac.mac(Array("a".utf8)) == first)
    }
}
