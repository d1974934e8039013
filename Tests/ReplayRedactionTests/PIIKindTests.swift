import Testing
@testable import ReplayRedaction

@Suite struct PIIKindTests {
    @Test func kindsHaveDistinctNames() {
        #expect(Set(PIIKind.allCases.map(\.rawValue)).count == PIIKind.allCases.count)
    }
}
