import Testing
@testable import ReplayCore

@Suite("Case format v1")
struct CaseDecoderTests {
    static let full = """
        id: refund-after-40-days
        title: Refund outside the window
        tags: [support, refunds]
        system_file: prompts/support.md
        context:
          - role: user
            content: I bought a kettle in March.
          - role: assistant
            content: Thanks, what can I help with?
          - role: assistant
            tool_calls:
              - id: call_1
                name: lookup_order
                arguments: {order: "A-17"}
          - role: tool
            tool_call_id: call_1
            content: '{"status": "delivered", "days_ago": 40}'
        prompt: Can I still get a refund?
        tools:
          - name: lookup_order
            description: Find an order
            parameters: {type: object, properties: {order: {type: string}}}
        parameters: {temperature: 0.2, top_p: 1, max_tokens: 400, seed: 7, stop: ["END"]}
        expect:
          must_include: ["30 days"]
          must_not_include: guaranteed
        provenance: {source: logs/2026-10.jsonl, model: gpt-4o, date: 2026-10-03, conversation: abc}

        """

    @Test("a complete case reads into every field")
    func complete() throws {
        let (cases, problems) = CaseDecoder.decodeFile(Self.full, file: "cases/refund.yaml")
        #expect(problems.isEmpty, "\(problems)")
        let c = try #require(cases.first).value
        #expect(c.id == "refund-after-40-days")
        #expect(c.tags == ["support", "refunds"])
        #expect(c.system == .file(path: "prompts/support.md", text: nil))
        #expect(c.context.map(\.role) == [.user, .assistant, .assistant, .tool])
        #expect(c.context[2].toolCalls == [ToolCall(id: "call_1", name: "lookup_order", arguments: ["order": "A-17"])])
        #expect(c.context[3].toolCallID == "call_1")
        #expect(c.prompt == "Can I still get a refund?")
        #expect(c.tools.first?.name == "lookup_order")
        #expect(c.parameters == SamplingParameters(temperature: 0.2, topP: 1, maxTokens: 400, seed: 7, stop: ["END"]))
        #expect(c.expect.mustInclude == ["30 days"])
        #expect(c.expect.mustNotInclude == ["guaranteed"])
        #expect(c.provenance["model"] == "gpt-4o")
        #expect(c.provenance["date"] == "2026-10-03")
    }

    @Test("the same case in JSON and YAML is the same value and the same canonical input")
    func jsonEqualsYAML() throws {
        let yaml = CaseDecoder.decodeFile(Self.full, file: "a.yaml").cases
        let json = CaseDecoder.decodeFile(try #require(yaml.first).value.json.canonical, file: "a.json").cases
        #expect(json.first?.value == yaml.first?.value)
        #expect(json.first?.value.json.canonical == yaml.first?.value.json.canonical)
    }

    @Test("JSONL holds one case per line; a broken line is reported with its number and the others still read")
    func jsonl() {
        let text = """
            {"id": "a", "prompt": "one"}

            {"id": "b", "prompt": "two",}
            {"id": "c", "prompt": "three"}
            """
        let (cases, problems) = CaseDecoder.decodeFile(text, file: "cases/many.jsonl")
        #expect(cases.map(\.value.id) == ["a", "c"])
        #expect(cases.map(\.line) == [1, 4])
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("cases/many.jsonl:3: not valid JSON") == true)
    }

    @Test("every problem is reported with its line, field and a fix")
    func problems() {
        let text = """
            id: bad id!
            titel: Typo
            prompt: Hello
            parameters:
              temperature: hot
              max_tokens: 0
            context:
              - role: robot
                content: hi
              - role: tool
                tool_call_id: nowhere
                content: result
            """
        let (cases, problems) = CaseDecoder.decodeFile(text, file: "c.yaml")
        #expect(cases.isEmpty)
        let lines = problems.map(\.description)
        #expect(lines.contains { $0.hasPrefix("c.yaml:1: id: 'bad id!' may only hold") })
        #expect(lines.contains { $0.hasPrefix("c.yaml:2: titel: unknown field in a case — did you mean 'title'?") })
        #expect(lines.contains { $0.hasPrefix("c.yaml:5: parameters.temperature: must be a number") })
        #expect(lines.contains { $0.hasPrefix("c.yaml:6: parameters.max_tokens: must be between 1 and") })
        #expect(lines.contains { $0.hasPrefix("c.yaml:8: context[0].role: unknown role 'robot'") })
        #expect(lines.contains { $0.hasPrefix("c.yaml:10: context[1].tool_call_id: answers call 'nowhere'") })
        #expect(problems.count == 6, "\(lines)")
    }

    @Test("a case needs a prompt, and cannot have both system and system_file")
    func requiredAndExclusive() {
        let (_, problems) = CaseDecoder.decodeFile("id: x\nsystem: a\nsystem_file: p.md\n", file: "x.yaml")
        let lines = problems.map(\.description)
        #expect(lines.contains { $0.contains("prompt: is required") })
        #expect(lines.contains { $0.hasPrefix("x.yaml:3: system_file: a case has either") })
    }

    @Test("YAML scalars that look like other types are taken as written where text is expected")
    func norwayProblem() throws {
        let (cases, problems) = CaseDecoder.decodeFile("id: no\ntitle: 1.10\nprompt: yes\ntags: [on, 007]\n", file: "n.yaml")
        #expect(problems.isEmpty, "\(problems)")
        let c = try #require(cases.first).value
        #expect(c.id == "no")
        #expect(c.title == "1.10")
        #expect(c.prompt == "yes")
        #expect(c.tags == ["on", "007"])
    }

    @Test("a case without an id gets one derived from its content; editing the content changes it")
    func derivedIDs() throws {
        let a = try #require(CaseDecoder.decodeFile("prompt: Hello there\n", file: "a.yaml").cases.first).value
        let again = try #require(CaseDecoder.decodeFile("{\"prompt\": \"Hello there\"}", file: "b.json").cases.first).value
        let edited = try #require(CaseDecoder.decodeFile("prompt: Hello there!\n", file: "a.yaml").cases.first).value
        #expect(a.id.hasPrefix("c-") && a.id.count == 14)
        #expect(a.id == again.id)
        #expect(a.id != edited.id)
    }

    @Test("several YAML documents, or a list, give several cases")
    func streams() {
        #expect(CaseDecoder.decodeFile("id: a\nprompt: x\n---\nid: b\nprompt: y\n", file: "s.yaml").cases.count == 2)
        #expect(CaseDecoder.decodeFile("- {id: a, prompt: x}\n- {id: b, prompt: y}\n", file: "l.yml").cases.count == 2)
        #expect(CaseDecoder.decodeFile(#"[{"id": "a", "prompt": "x"}]"#, file: "l.json").cases.count == 1)
    }

    @Test("invalid YAML is one problem with its line")
    func yamlSyntax() {
        let (_, problems) = CaseDecoder.decodeFile("id: a\nprompt: [unclosed\n", file: "bad.yaml")
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("bad.yaml:") == true)
        #expect(problems.first?.message.contains("not valid YAML") == true)
    }

    @Test("duplicate ids across files are reported at the second place, naming the first")
    func duplicates() {
        let a = LocatedCase(value: Case(id: "x", prompt: "1"), file: "a.yaml", line: 1)
        let b = LocatedCase(value: Case(id: "x", prompt: "2"), file: "b.jsonl", line: 7)
        let problems = CaseSet.duplicateProblems([a, b])
        #expect(problems.map(\.description) == ["b.jsonl:7: id: the id 'x' is already used by the case at a.yaml:1 — give one of them another id"])
    }

    @Test("case ids that could not name a folder are refused", arguments: ["", ".hidden", "-flag", "a/b", "a b", "x.lock", String(repeating: "a", count: 129)])
    func invalidIDs(id: String) {
        #expect(CaseID.problem(id) != nil)
    }

    @Test("case files round-trip through the YAML writer")
    func yamlWriter() throws {
        let original = try #require(CaseDecoder.decodeFile(Self.full, file: "a.yaml").cases.first).value
        let text = try CaseYAML.render(original)
        let back = try #require(CaseDecoder.decodeFile(text, file: "b.yaml").cases.first).value
        #expect(back == original)
    }
}
