import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct ChatGPTReaderTests {
    let path = fixtures + "/chatgpt/conversations.json"

    @Test func theActiveBranchIsReadFromTheCurrentNodeUp() throws {
        let (conversations, tally) = try importAll([path])
        #expect(tally.files.values.first == .chatgpt)
        #expect(conversations.count == 3)
        let kettle = conversations[0]
        // The abandoned edit ("What if it is broken?") is not on the branch.
        #expect(!kettle.turns.contains { $0.text.contains("What if it is broken") })
        #expect(kettle.turns.map(\.origin) == [.human, .assistant, .human, .assistant, .toolResult, .assistant])
    }

    @Test func customInstructionsAreTheSystemPromptNotAPrompt() throws {
        let kettle = try importAll([path]).0[0]
        #expect(kettle.system?.contains("Answer briefly, in British English.") == true)
        #expect(kettle.turns.filter { $0.origin == .human }.count == 2)
    }

    @Test func toolCallsAndResultsAreLinkedAndThoughtsDropped() throws {
        let kettle = try importAll([path]).0[0]
        let call = kettle.turns[3].toolCalls.first
        #expect(call?.name == "python")
        #expect(kettle.turns[4].toolCallID == call?.id)
        #expect(kettle.turns[4].text == "10")
        #expect(!kettle.turns.contains { $0.text.contains("private") })
        #expect(kettle.tools.map(\.name) == ["python"])
    }

    @Test func imagesBecomeAShortPartNeverBytes() throws {
        let kettle = try importAll([path]).0[0]
        let parts = kettle.turns[2].content.arrayValue ?? []
        #expect(parts.first?["type"] == "image")
        #expect(parts.last?["text"]?.stringValue?.hasPrefix("Here is a photo") == true)
    }

    @Test func unknownContentTypesAreToleratedAndModelsKept() throws {
        let haiku = try importAll([path]).0[1]
        #expect(haiku.turns.map(\.origin) == [.human, .assistant])
        #expect(haiku.turns[1].text == "Grey stone, softer sky")
        #expect(haiku.turns[1].model == "gpt-4o-mini")
    }

    @Test func casesStripTheReplyAndKeepItAside() throws {
        let kettle = try importAll([path]).0[0]
        let cases = CaseBuilder.cases(from: kettle)
        #expect(cases.count == 2)
        let second = cases[1]
        #expect(second.value.context.map(\.role) == [.user, .assistant])
        #expect(second.reply == "A cracked hinge is a fault: offer a repair or replacement; a refund if that fails.")
        #expect(second.model == "gpt-4o-2024-08-06")
        #expect(second.value.recordedCalls.map(\.name) == ["python"])
        #expect(second.value.recordedCalls.first?.result == .string("10"))
        // The reply is nowhere in the case.
        #expect(!second.value.json.compact.contains("refund if that fails"))
        #expect(CaseBuilder.cases(from: kettle, turns: .last).map(\.value.id) == [second.value.id])
        // Ids are stable: the same conversation gives the same ids.
        #expect(CaseBuilder.cases(from: try importAll([path]).0[0]).map(\.value.id) == cases.map(\.value.id))
    }

    @Test func anUnansweredTurnIsNoCase() throws {
        let unanswered = try importAll([path]).0[2]
        #expect(CaseBuilder.cases(from: unanswered).isEmpty)
    }

    @Test func aBadConversationIsSkippedAndNamed() throws {
        let folder = temporaryFolder()
        let file = folder + "/conversations.json"
        try #"[{"mapping": {}, "current_node": "x", "create_time": 1}, {"mapping": 7, "create_time": 1}]"#.write(toFile: file, atomically: true, encoding: .utf8)
        let (_, tally) = try importAll([file])
        #expect(tally.problems.count == 1)
        #expect(tally.problems.first?.location?.index == 1)
        #expect(tally.problems.first?.field == "mapping")
        #expect(throws: ImportError.self) { try importAll([file], strict: true) }
    }
}
