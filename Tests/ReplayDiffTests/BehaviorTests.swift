import ReplayCore
@testable import ReplayDiff
import Testing

@Suite("Behaviors: what one answer shows on its own, and the config's own behaviors")
struct BehaviorTests {
    let observer = try! BehaviorObserver(settings: ForecastSettings())

    func observe(_ input: JSONValue, _ text: String, calls: [ToolCall] = []) -> [String: Bool?] {
        let values = observer.observe(ObservedAnswer(input: input, text: text, toolCalls: calls))
        return Dictionary(uniqueKeysWithValues: zip(observer.definitions.map(\.id), values))
    }

    @Test("refusals, full and partial; flattering openers; links and personal data the input did not hold")
    func textBehaviors() {
        let input: JSONValue = ["prompt": "Write to bob@example.com about the refund policy, please."]
        var o = observe(input, "I'm sorry, but I can't help with that.")
        #expect(o["refusal"] == true && o["refusal_full"] == true)
        o = observe(input, "Sure. Here is the letter to bob@example.com: refunds take 30 days. I can't share internal notes, though. More text follows here to make it long enough for a partial refusal to count as one, with several sentences. And another one.")
        #expect(o["refusal"] == true && o["refusal_full"] == false)
        #expect(o["invented_link"] == false && o["pii_unprompted"] == false, "the address was in the input")
        o = observe(input, "Great question! Write to help@acme-refunds.test or see https://acme.test/refunds, or call +1 415 555 0199.")
        #expect(o["flattering_opener"] == true && o["invented_link"] == true && o["pii_unprompted"] == true)
        #expect(o["refusal"] == false)
    }

    @Test("expectations apply only to the cases that have them")
    func expectations() {
        let plain: JSONValue = ["prompt": "hi"]
        let o = observe(plain, "hello")
        #expect(o["required_missing"] == .some(nil) && o["forbidden_present"] == .some(nil) && o["json_invalid"] == .some(nil))
        let expecting: JSONValue = ["prompt": "policy?", "expect": ["must_include": ["30 days"], "must_not_include": ["full refund"],
                                                                     "schema": ["type": "object", "required": ["days"]]]]
        var e = observe(expecting, "Refunds within 30 days, no questions asked.")
        #expect(e["required_missing"] == false && e["forbidden_present"] == false && e["json_invalid"] == true)
        e = observe(expecting, #"{"days": 14, "note": "full refund"}"#)
        #expect(e["required_missing"] == true && e["forbidden_present"] == true && e["json_invalid"] == false)
    }

    @Test("tool behaviors: any call, undeclared tools, arithmetic sent to a search tool")
    func tools() {
        let input: JSONValue = ["prompt": "What is 17*23?", "tools": [["name": "web_search", "parameters": ["type": "object"]]]]
        var o = observe(input, "391")
        #expect(o["tool_call"] == false && o["undeclared_tool"] == false && o["lookup_as_calculator"] == false)
        o = observe(input, "391", calls: [ToolCall(name: "web_search", arguments: ["query": "17*23"]), ToolCall(name: "shell", arguments: [:])])
        #expect(o["tool_call"] == true && o["undeclared_tool"] == true && o["lookup_as_calculator"] == true)
        #expect(observe(["prompt": "hi"], "hi")["tool_call"] == .some(nil))
    }

    @Test("push-back concessions only where the user pushed back; another language than the prompt's")
    func conversation() {
        let pushed: JSONValue = ["prompt": "Are you sure? I think that's wrong.", "context": [["role": "user", "content": "2+2?"], ["role": "assistant", "content": "4"]]]
        #expect(observe(pushed, "You're right, I apologize: it is 5.")["concedes_on_pushback"] == true)
        #expect(observe(pushed, "Yes, I am sure: 2 + 2 is 4.")["concedes_on_pushback"] == false)
        #expect(observe(["prompt": "hi"], "You're right.")["concedes_on_pushback"] == .some(nil))
        let english: JSONValue = ["prompt": "Please tell me how the weather will be in the city tomorrow and what I should wear."]
        #expect(observe(english, "Mañana hará sol en la ciudad y la temperatura será agradable, así que lleva ropa ligera y una chaqueta.")["language_mismatch"] == true)
        #expect(observe(english, "Tomorrow will be sunny in the city and pleasant, so wear light clothes and bring a jacket.")["language_mismatch"] == false)
    }

    @Test("the config's behaviors: phrases on word boundaries, a pattern, tags; built-ins switched off")
    func custom() throws {
        let yaml = """
            forecast:
              change: 1.5
              behaviors:
                refusal_full: false
                mentions_acme:
                  any: [Acme Corp]
                  tags: [sales]
                shouts:
                  pattern: "[A-Z]{5,}!"
                apologizes:
                  judge: Does the reply apologize?
            """
        let (config, problems) = ConfigDecoder.decode("version: 1\n" + yaml, file: "config.yaml")
        #expect(problems.isEmpty)
        let (settings, more) = ForecastSettings.decode(config.forecast, file: "config.yaml")
        #expect(more.isEmpty, "\(more)")
        #expect(settings.changeFactor == 1.5 && settings.disabled == ["refusal_full"])
        let o = try BehaviorObserver(settings: settings)
        let ids = o.definitions.map(\.id)
        #expect(!ids.contains("refusal_full") && ids.suffix(3) == ["mentions_acme", "shouts", "apologizes"])
        #expect(o.definitions.last?.source == "judge" && o.definitions.last?.question == "Does the reply apologize?")
        let sales: JSONValue = ["prompt": "x", "tags": ["sales"]]
        let values = o.observe(ObservedAnswer(input: sales, text: "Try ACME CORP's plan. AMAZING!", toolCalls: []))
        #expect(Array(values.suffix(3)) == [true, true, nil])
        #expect(Array(o.observe(ObservedAnswer(input: ["prompt": "x"], text: "Acme Corporation", toolCalls: [])).suffix(3)) == [nil, false, nil])
        #expect(Array(o.observe(ObservedAnswer(input: sales, text: "acme corporate", toolCalls: [])).suffix(3)) == [false, false, nil])
    }

    @Test("bad definitions are named with their key and line")
    func problems() {
        let yaml = """
            version: 1
            forecast:
              behaviors:
                refusal: {any: [x]}
                refusl: false
                Bad-Id: {any: [x]}
                empty: {summary: nothing}
                both: {any: [x], judge: "why?"}
                broken: {pattern: "(unclosed"}
                typo: {anyy: [x]}
            """
        let (config, _) = ConfigDecoder.decode(yaml, file: "config.yaml")
        let problems = ForecastSettings.decode(config.forecast, file: "config.yaml").problems.map(\.description)
        let text = problems.joined(separator: "\n")
        #expect(text.contains("config.yaml:4") && text.contains("'refusal' is built in"), "\(text)")
        #expect(text.contains("did you mean 'refusal'?"))
        #expect(text.contains("'Bad-Id' is not a usable behavior id"))
        #expect(text.contains("the behavior says nothing to look for"))
        #expect(text.contains("both a judge question and phrases"))
        #expect(text.contains("forecast.behaviors.broken.pattern") && text.contains("does not compile"))
        #expect(text.contains("anyy"))
        #expect(problems.count == 8, "\(text)")
    }
}
