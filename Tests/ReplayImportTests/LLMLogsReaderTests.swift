import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct LLMLogsReaderTests {
    static let dir = AgentFixtures.root + "/llm/"

    static let databases = [
        "logs_llm_0.27.1", "logs_llm_0.32", "generated_legacy_0.27.1", "generated_current_0.32", "generated_mixed",
    ]

    func read(_ name: String) throws -> (conversations: [ImportedConversation], problems: [RecordProblem]) {
        try LLMLogsReader.read(path: Self.dir + name + ".db", file: name + ".db")
    }

    /// What `llm logs --json` printed for the database.
    func groundTruth(_ name: String) throws -> [JSONValue] {
        let data = try #require(FileManager.default.contents(atPath: Self.dir + name + ".logs.json"))
        return try #require(JSONBytes.parse(Array(data)).arrayValue)
    }

    /// Both schemas, every database: the prompts, replies, tool calls and results, system prompts,
    /// options, names and models agree with `llm logs --json`.
    @Test(arguments: databases) func agreesWithLLMLogsJSON(_ name: String) throws {
        let (conversations, problems) = try read(name)
        #expect(problems.isEmpty)
        let rows = try groundTruth(name)
        var order: [String] = []
        var byConversation: [String: [JSONValue]] = [:]
        for row in rows {
            let id = try #require(row["conversation_id"]?.stringValue)
            if byConversation[id] == nil { order.append(id) }
            byConversation[id, default: []].append(row)
        }
        #expect(Set(conversations.map(\.id)) == Set(order), "one conversation per llm conversation id")
        #expect(conversations.count == order.count)
        for id in order {
            let rows = try #require(byConversation[id]).sorted { ($0["id"]?.stringValue ?? "") < ($1["id"]?.stringValue ?? "") }
            let c = try #require(conversations.first { $0.id == id })
            #expect(c.format == .llmLogs)
            #expect(c.file == name + ".db")
            // Prompts: what the person typed, with the fragments llm put before it.
            let prompts = rows.compactMap { row -> String? in
                let prompt = row["prompt"]?.stringValue ?? ""
                let fragments = (row["prompt_fragments"]?.arrayValue ?? []).compactMap { $0["content"]?.stringValue }
                let full = fragments.allSatisfy(prompt.contains) ? prompt : (fragments + (prompt.isEmpty ? [] : [prompt])).joined(separator: "\n")
                return full.isEmpty ? nil : full
            }
            let humans = c.turns.filter { $0.origin == .human }
            // A forked thread starts with the history it shares: llm logs shows only its own turns.
            #expect(humans.map(\.text).suffix(prompts.count) == prompts[...], "\(id)")
            let responses = rows.compactMap { $0["response"]?.stringValue }.filter { !$0.isEmpty }
            let replies = c.turns.filter { $0.origin == .assistant }.map(\.text).filter { !$0.isEmpty }
            #expect(replies.suffix(responses.count) == responses[...], "\(id)")
            // Tool calls and results, linked by id.
            let expectedCalls = rows.flatMap { $0["tool_calls"]?.arrayValue ?? [] }.map {
                ToolCall(id: $0["tool_call_id"]?.stringValue, name: $0["name"]?.stringValue ?? "", arguments: $0["arguments"] ?? [:])
            }
            #expect(c.turns.flatMap(\.toolCalls) == expectedCalls)
            let expectedResults = rows.flatMap { $0["tool_results"]?.arrayValue ?? [] }
            let results = c.turns.filter { $0.origin == .toolResult }
            #expect(results.map(\.text) == expectedResults.compactMap { $0["output"]?.stringValue })
            #expect(results.map(\.toolCallID) == expectedResults.map { $0["tool_call_id"]?.stringValue })
            #expect(results.map(\.name) == expectedResults.map { $0["name"]?.stringValue })
            for result in results { #expect(c.turns.flatMap(\.toolCalls).contains { $0.id == result.toolCallID }) }
            let tools = rows.flatMap { $0["tools"]?.arrayValue ?? [] }
            #expect(Set(c.tools.map(\.name)) == Set(tools.compactMap { $0["name"]?.stringValue }))
            for tool in c.tools {
                let row = try #require(tools.first { $0["name"]?.stringValue == tool.name })
                #expect(tool.description == row["description"]?.stringValue)
                #expect(tool.parameters == row["input_schema"])
            }
            // Attachments: placeholders, as many as llm sent.
            let attachments = rows.flatMap { $0["attachments"]?.arrayValue ?? [] }
            let placeholders = humans.flatMap { AgentLog.parts(of: $0.content) }.filter { $0["omitted"] != nil || $0["image_url"] != nil }
            #expect(placeholders.count == attachments.count)
            // The first turn's system prompt (with system fragments) and options.
            let first = rows[0]
            // (llm 0.32 prints the system prompt with its fragments; older versions list them apart.)
            let system = first["system"]?.stringValue ?? ""
            let systemFragments = (first["system_fragments"]?.arrayValue ?? []).compactMap { $0["content"]?.stringValue }
            let fullSystem = systemFragments.allSatisfy(system.contains) ? system
                : (systemFragments + [system]).filter { !$0.isEmpty }.joined(separator: "\n\n")
            #expect(c.system == (fullSystem.isEmpty ? nil : fullSystem), "\(id)")
            let options = first["options_json"] ?? [:]
            #expect(c.parameters.temperature == options["temperature"]?.doubleValue)
            #expect(c.parameters.topP == options["top_p"]?.doubleValue)
            #expect(c.parameters.maxTokens == options["max_tokens"]?.intValue)
            #expect(c.parameters.seed == options["seed"]?.intValue)
            #expect(c.parameters.stop == (options["stop"]?.stringValue.map { [$0] } ?? []))
            #expect(c.title == first["conversation_name"]?.stringValue)
            #expect(c.model == first["conversation_model"]?.stringValue)
            #expect(c.created != nil)
            // Only typed prompts are human turns.
            for turn in c.turns where turn.origin == .human { #expect(!turn.text.isEmpty) }
        }
    }

    @Test func legacyConversationsInOrder() throws {
        let (conversations, _) = try read("logs_llm_0.27.1")
        #expect(conversations.map(\.id) == ["01m8jez4ev1z5zktv8thdmppwv", "01m8jez4ez6s3egcdafrzesmtd"])
        let pelican = conversations[0]
        #expect(pelican.system == "You are terse.")
        #expect(pelican.created == "2026-11-29T01:33:29.947878+00:00")
        #expect(AgentFixtures.origins(pelican) == [.human, .assistant, .human, .assistant])
        #expect(pelican.turns.allSatisfy { $0.origin != .assistant || $0.model == "scripted-demo" })
        #expect(pelican.location.index == 1)
        // The tool loop: prompt, the call, its result (input of the next row), the answer.
        let math = conversations[1]
        #expect(AgentFixtures.origins(math) == [.human, .assistant, .toolResult, .assistant])
        #expect(math.turns[1].toolCalls == [ToolCall(id: "call_demo_1", name: "multiply", arguments: ["a": 1231, "b": 2331])])
        #expect(math.turns[2].toolCallID == "call_demo_1")
        #expect(math.turns[2].content == "2869461")
        #expect(math.tools == [ToolDefinition(name: "multiply", description: "Multiply two numbers.", parameters: [
            "properties": ["a": ["type": "integer"], "b": ["type": "integer"]], "required": ["a", "b"], "type": "object",
        ])])
    }

    @Test func threadsRebuiltFromTheirChains() throws {
        let (conversations, _) = try read("logs_llm_0.32")
        #expect(conversations.map(\.id) == ["01m8jezx9a28fj2gz7sk8t1bex", "01m8jezx9hxn9t6yasr0nwtb9j"])
        let pelican = conversations[0]
        #expect(pelican.system == "You are terse.")
        #expect(AgentFixtures.texts(pelican, .human) == ["Suggest a name for a pet pelican", "And one for a walrus"])
        #expect(pelican.turns[1].model == "scripted-demo")
        #expect(pelican.turns[1].created == "2026-11-29T01:33:55.371102+00:00")
        #expect(pelican.turns[0].created == "2026-11-29T01:33:55.371102+00:00")
        #expect(pelican.location.index == 1)
        let math = conversations[1]
        #expect(math.system == nil)
        #expect(AgentFixtures.origins(math) == [.human, .assistant, .toolResult, .assistant])
        #expect(math.turns[2].name == "multiply")
    }

    @Test func fragmentsSystemChangesAttachmentsAndForks() throws {
        let (legacy, _) = try read("generated_legacy_0.27.1")
        let notes = try #require(legacy.first)
        #expect(notes.system == "House style: short.\n\nYou are a careful summarizer.")
        #expect(notes.turns[0].text == "NOTES: pelicans eat fish.\nSummarize the notes")
        // A new system prompt mid-conversation stands where it took effect.
        #expect(AgentFixtures.origins(notes) == [.human, .assistant, .human, .assistant, .system, .human, .assistant])
        #expect(notes.turns[4].text == "You are a formal translator.")
        #expect(notes.parameters == SamplingParameters(temperature: 0.2, topP: 0.9, maxTokens: 300, seed: 7, stop: ["END"]))
        let image = legacy[1]
        #expect(image.turns[0].content == .array([
            ["type": "text", "text": "Describe this image"],
            ["type": "image", "omitted": "base64, 96 bytes", "media_type": "image/png"],
        ]))
        let loop = legacy[2]
        #expect(AgentFixtures.origins(loop) == [.human, .assistant, .toolResult, .toolResult, .assistant])
        #expect(loop.turns[1].toolCalls.map(\.id) == ["call_w1", "call_t1"])
        #expect(loop.turns[2...3].map(\.toolCallID) == ["call_w1", "call_t1"])
        #expect(loop.tools.map(\.name) == ["get_weather", "get_time"])

        let (current, _) = try read("generated_current_0.32")
        #expect(current.count == 4)
        let thread = current[0]
        // Fragment references (text_ref) resolve to their text.
        #expect(thread.system == "House style: short.\n\nYou are a careful summarizer.")
        #expect(thread.turns[0].text == "NOTES: pelicans eat fish.\nSummarize the notes")
        #expect(thread.parameters == SamplingParameters(temperature: 0.2, topP: 0.9, maxTokens: 300, seed: 7, stop: ["END"]))
        #expect(current[1].turns[0].content == .array([
            ["type": "text", "text": "Describe this image"],
            ["type": "image", "omitted": "base64, 96 bytes", "media_type": "image/png"],
        ]))
        // The fork shares the first exchange, then goes its own way.
        let fork = current[3]
        #expect(fork.title == "Forked: Italian")
        #expect(AgentFixtures.texts(fork, .human) == ["NOTES: pelicans eat fish.\nSummarize the notes", "Now in Italian instead"])
        #expect(fork.system == thread.system)

        // An upgraded database: the thread continuing a legacy conversation holds its whole history,
        // the legacy rows are not read twice, the other legacy conversations are still read.
        let (mixed, problems) = try read("generated_mixed")
        #expect(problems.isEmpty)
        #expect(mixed.count == 3)
        let continued = try #require(mixed.first { $0.id == "01m8kh97dgd9ywbn7kve951m0t" })
        #expect(AgentFixtures.texts(continued, .human) == [
            "NOTES: pelicans eat fish.\nSummarize the notes", "Now in French", "And in Spanish, formally", "One more: in German",
        ])
        #expect(continued.turns.filter { $0.origin == .system }.map(\.text) == ["You are a formal translator."])
    }

    @Test func aFileThatIsNotAnLLMDatabaseIsAClearError() throws {
        #expect {
            try LLMLogsReader.read(path: Self.dir + "not_llm.db", file: "not_llm.db")
        } throws: { error in
            let p = error as? RecordProblem
            return p?.file == "not_llm.db" && p?.message.contains("not an llm logs database") == true
                && p?.message.contains("responses") == true && p?.message.contains("threads") == true
        }
        #expect {
            try LLMLogsReader.read(path: Self.dir + "logs_llm_0.32.logs.json", file: "logs.json")
        } throws: { error in
            let p = error as? RecordProblem
            return p?.message.contains("file is not a database") == true
        }
        #expect {
            try LLMLogsReader.read(path: Self.dir + "no such file.db", file: "missing.db")
        } throws: { error in
            (error as? RecordProblem)?.message.contains("unable to open") == true
        }
    }

    @Test func brokenRowsAreProblemsAndTheRestIsRead() throws {
        let (current, problems) = try read("broken_0.32")
        #expect(current.map(\.id) == ["01m8jezx9a28fj2gz7sk8t1bex"])
        #expect(current.first.map(AgentFixtures.origins) == [.human, .assistant, .human, .assistant])
        #expect(problems.count == 4)
        #expect(problems.contains { $0.field == "turns.options_json" && $0.location?.index == 1 })
        #expect(problems.contains { $0.field == "parts.payload" && $0.location?.index == 2 })
        #expect(problems.contains { $0.field == "threads.tip_message_hash" && $0.message.contains("b2:missing") })
        #expect(problems.contains { $0.message.contains("loops") })
        #expect(problems.allSatisfy { $0.file == "broken_0.32.db" })

        let (legacy, legacyProblems) = try read("broken_0.27.1")
        #expect(legacyProblems.map(\.field) == ["responses.options_json"])
        #expect(legacy.count == 3)
        let math = try #require(legacy.first { $0.id == "01m8jez4ez6s3egcdafrzesmtd" })
        // Arguments that are not JSON are kept as their text.
        #expect(math.turns[1].toolCalls.first?.arguments == "not json")
        // A row with nothing in it holds no conversation; numbers in text columns are text.
        #expect(!legacy.contains { $0.id == "all-null" })
        #expect(legacy.first { $0.id == "numbers" }.map { AgentFixtures.texts($0, .human) } == ["42"])
    }

    @Test func aTruncatedDatabaseNeverCrashes() {
        do {
            let (_, problems) = try LLMLogsReader.read(path: Self.dir + "truncated_0.32.db", file: "truncated.db")
            #expect(problems.allSatisfy { $0.file == "truncated.db" })
        } catch {
            #expect(error is RecordProblem)
        }
    }
}
