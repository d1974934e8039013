import ReplayCore
import Testing
@testable import ReplayImport

@Suite struct OTelReaderTests {
    @Test func recognition() throws {
        #expect(OTelReader.recognizes(try #require(try APIFixture.records("otel_export.json").first).value) == 3)
        #expect(OTelReader.recognizes(try #require(try APIFixture.records("otel_spans.jsonl").first).value) == 3)
        #expect(OTelReader.recognizes(["traceId": "a", "spanId": "b", "name": "GET /"]) == 2)
        #expect(OTelReader.recognizes(try #require(try APIFixture.records("openai_chat_log.jsonl").first).value) == 0)
    }

    @Test func readsTheSemanticConventionsExamples() throws {
        let all = try APIFixture.read(OTelReader.self, "otel_export.json")
        // Ten spans, one of them an execute_tool span without content.
        #expect(all.count == 9)
        #expect(all.allSatisfy { $0.format == .otel && $0.file == "otel_export.json" })

        let simple = all[0]
        #expect(simple.id == "4bf92f3577b34da6a3ce929d0e0e4736:00f067aa0ba902b7")
        #expect(simple.created == "2025-05-13T14:54:09Z")
        #expect(simple.model == "gpt-4")
        #expect(simple.parameters == SamplingParameters(topP: 1.0, maxTokens: 200))
        #expect(simple.system == "You are a helpful bot")
        #expect(simple.turns.map(\.origin) == [.human, .assistant])
        #expect(simple.turns[0].content == "Tell me a joke about OpenTelemetry")
        #expect(simple.turns[1].text.hasPrefix(" Why did the developer bring OpenTelemetry to the party?"))
        #expect(simple.turns[1].model == "gpt-4-0613")
        #expect(!simple.pendingReply)

        let call = all[1]
        #expect(call.turns.map(\.origin) == [.human, .assistant])
        #expect(call.turns[1].toolCalls == [ToolCall(id: "call_VSPygqKTWdrhaFErNvMV18Yl", name: "get_weather", arguments: ["location": "Paris"])])
        #expect(call.tools.map(\.name) == ["get_current_weather"])
        #expect(call.tools.first?.parameters["required"] == ["location", "unit"])

        // Structured (arrayValue/kvlistValue) messages read like JSON text.
        let result = all[2]
        #expect(result.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
        #expect(result.turns[2].toolCallID == "call_VSPygqKTWdrhaFErNvMV18Yl")
        #expect(result.turns[2].name == "get_weather")
        #expect(result.turns[2].content == "rainy, 57°F")
        #expect(result.turns[3].content == "The weather in Paris is currently rainy with a temperature of 57°F.")

        #expect(all[3].system == "You must never tell jokes\n\nYou are a helpful bot")
        // Reasoning dropped.
        #expect(all[4].turns[1].content == " Why did the developer bring OpenTelemetry to the party? Because it always knows how to trace the fun!")
        // Built-in tools: the server call kept as a part, its response left out.
        let builtIn = all[5].turns[1]
        #expect(builtIn.toolCalls.isEmpty)
        #expect(builtIn.content.arrayValue?.first?["type"] == "server_tool_call")
        #expect(builtIn.content.arrayValue?.first?["name"] == "code_interpreter")
        #expect(builtIn.text == "The generated random number is **89**, and the result of squaring it is **7921**")
        // Several choices: the first is the reply.
        #expect(all[6].turns.count == 2)
        #expect(all[6].turns[1].text.contains("trace the fun"))
        // Content on the operation-details event.
        #expect(all[7].id == "4bf92f3577b34da6a3ce929d0e0e4736:00f067aa0ba902b8")
        #expect(all[7].turns.map(\.origin) == [.human, .assistant])

        // A failed call: multimodal input, inline blobs left out, no reply and not pending.
        let failed = all[8]
        #expect(!failed.pendingReply)
        #expect(failed.tags == ["errored"])
        #expect(failed.parameters.temperature == 0.2)
        #expect(failed.model == "gpt-4o")
        let parts = try #require(failed.turns.first?.content.arrayValue)
        #expect(parts.count == 7)
        #expect(parts[0] == ["type": "text", "text": "What is in the attached data?"])
        #expect(parts[1] == ["type": "image_url", "image_url": ["url": "https://raw.githubusercontent.com/open-telemetry/opentelemetry.io/refs/heads/main/static/img/logos/opentelemetry-horizontal-color.png"]])
        #expect(parts[2]["uri"] == "gs://my-bucket/my-video.mp4")
        #expect(parts[3] == ["type": "file", "file_id": "provider_fileid_123"])
        #expect(parts[5] == ["type": "image", "omitted": "base64, 37 bytes", "media_type": "image/png"])
        #expect(parts[6]["type"] == "audio")
    }

    @Test func readsOneSpanPerLineAndFlattenedAttributes() throws {
        let all = try APIFixture.read(OTelReader.self, "otel_spans.jsonl")
        #expect(all.count == 2)
        #expect(all[0].id == "0x5c8a0e2f1d3b4a6c9e7f0a1b2c3d4e5f:0xa1b2c3d4e5f60003")
        #expect(all[0].created == "2025-05-13T14:54:12.000000Z")
        #expect(all[0].turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
        let flat = all[1]
        #expect(flat.turns.map(\.origin) == [.human, .assistant, .toolResult, .assistant])
        #expect(flat.turns[1].toolCalls == [ToolCall(id: "call_VSPygqKTWdrhaFErNvMV18Yl", name: "get_weather", arguments: ["location": "Paris"])])
        #expect(flat.turns[2].name == "get_weather")
        #expect(flat.turns[3].model == "gpt-4-0613")
        #expect(flat.parameters.temperature == 0.7)
        #expect(flat.turns.map(\.text) == all[0].turns.map(\.text))
    }

    @Test func olderEventShapeAndPendingSpans() throws {
        let json = #"""
        {"traceId":"t1","spanId":"s1","name":"chat","startTimeUnixNano":"1700000000000000000",
         "attributes":[{"key":"gen_ai.request.model","value":{"stringValue":"gpt-4o"}}],
         "events":[{"name":"gen_ai.system.message","attributes":[{"key":"gen_ai.event.content","value":{"stringValue":"{\"content\":\"Be brief.\"}"}}]},
                   {"name":"gen_ai.user.message","attributes":[{"key":"gen_ai.event.content","value":{"stringValue":"{\"content\":\"Hi there\"}"}}]},
                   {"name":"gen_ai.choice","attributes":[{"key":"gen_ai.event.content","value":{"stringValue":"{\"index\":0,\"message\":{\"content\":\"Hello!\"}}"}}]}]}
        """#
        var reader = OTelReader()
        let c = try #require(try reader.read(try APIFixture.record(json)).first)
        #expect(c.id == "t1:s1")
        #expect(c.created == "2023-11-14T22:13:20Z")
        #expect(c.system == "Be brief.")
        #expect(c.turns.map(\.content) == ["Hi there", "Hello!"])
        #expect(!c.pendingReply)

        let pending = try #require(try reader.read(try APIFixture.record(#"{"traceId":"t","spanId":"s","attributes":{"gen_ai.input.messages":"[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Hi\"}]}]"}}"#)).first)
        #expect(pending.pendingReply)
        #expect(try reader.read(try APIFixture.record(#"{"traceId":"t","spanId":"s2","name":"GET /","attributes":[]}"#)).isEmpty)
        #expect(try reader.read(try APIFixture.record(#"{"traceId":"t","spanId":"s3","attributes":{"gen_ai.input.messages":"[]","gen_ai.system_instructions":"[{\"type\":\"text\",\"content\":\"x\"}]"}}"#)).isEmpty)
    }

    @Test func malformedSpansNameTheFieldWithoutDroppingTheOthers() throws {
        let bad = #"{"traceId":"t","spanId":"s","attributes":[{"key":"gen_ai.input.messages","value":{"stringValue":"not json"}}]}"#
        let p1 = try #require(try APIFixture.problem(OTelReader.self, bad))
        #expect(p1.field == "attributes.gen_ai.input.messages")
        let p2 = try #require(try APIFixture.problem(OTelReader.self, #"{"traceId":"t","spanId":"s","attributes":{"gen_ai.input.messages":"[{\"role\":\"user\",\"parts\":[{\"type\":\"tool_call\",\"id\":\"x\"}]}]"}}"#))
        #expect(p2.field == "attributes.gen_ai.input.messages[0].parts[0].name")

        let good = #"{"traceId":"t","spanId":"g","attributes":{"gen_ai.input.messages":"[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Hi\"}]}]"}}"#
        var reader = OTelReader()
        let out = try reader.read(try APIFixture.record(#"{"resourceSpans":[{"scopeSpans":[{"spans":[\#(bad),\#(good)]}]}]}"#))
        #expect(out.map(\.id) == ["t:g"])
        #expect(reader.deferredProblems.map(\.field) == ["resourceSpans[0].scopeSpans[0].spans[0].attributes.gen_ai.input.messages"])
    }
}
