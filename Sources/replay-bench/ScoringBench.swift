import Dispatch
import Foundation
import ReplayKit

/// `--scoring N`: N changed answer pairs of support-style answers (3 paragraphs, about 110 words),
/// each candidate a realistic edit of its baseline (a changed number, a dropped or added sentence,
/// a rewording, a refusal, a list turned into prose), scored by the diff exactly as `replay diff`
/// does (the embedded model, every detector, block alignment) on 1 thread and on every core.
func benchScoring(pairs n: Int) throws {
    let pairs = scoringPairs(n)
    let embeddings = try EmbeddingSource.embedded(environment: ProcessEnvironment())
    print("| pairs | words per answer | 1 thread | \(ProcessInfo.processInfo.activeProcessorCount) threads | pairs/s (all threads) | target 5,000/s | Python difflib (1 thread, word-level ratio only) | replay 1 thread ÷ difflib |")
    print("|---|---|---|---|---|---|---|---|")
    let words = pairs.prefix(100).map { Double(($0.baseline?.first.text ?? "").split(separator: " ").count) }.reduce(0, +) / 100
    var single = 0.0, all = 0.0
    var classes: [ChangeClass: Int] = [:]
    single = seconds { _ = DiffScoring.score(Array(pairs.prefix(n / 4)), settings: DiffSettings(), makeEmbedder: embeddings.make, workers: 1) } * 4
    all = seconds {
        for d in DiffScoring.score(pairs, settings: DiffSettings(), makeEmbedder: embeddings.make,
                                   workers: ProcessInfo.processInfo.activeProcessorCount) {
            classes[d.changeClass, default: 0] += 1
        }
    }
    let rate = Double(n) / all
    // The reference, measured in the same run on the same pairs: Python's difflib word-level
    // similarity (what a script comparing answers would do), one thread.
    let reference = try difflibSeconds(pairs)
    let cell = reference.map { "\(format($0)) (\(Int(Double(n) / $0)) pairs/s)" } ?? "– (no python3)"
    let ratioCell = reference.map { String(format: "%.2f×", (Double(n) / single) / (Double(n) / $0)) } ?? "–"
    print("| \(n) | \(Int(words)) | \(format(single)) | \(format(all)) | \(Int(rate)) | \(String(format: "%.2f×", rate / 5000)) | \(cell) | \(ratioCell) |")
    print("classes: " + classes.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
}

func scoringPairs(_ n: Int) -> [CasePair] { (0..<n).map(scoringPair) }

/// The i-th support answer and its edited candidate.
func scoringPair(_ i: Int) -> CasePair {
        let names = ["Maria", "Tom", "Aiko", "Lars", "Priya", "Omar", "Chen", "Sofia"]
        let products = ["kettle", "toaster", "blender", "espresso machine", "air fryer", "rice cooker"]
        let name = names[i % names.count], product = products[i % products.count]
        let days = 14 + (i % 3) * 16, order = 100_000 + i
        let baseline = """
            Hi \(name), thanks for reaching out about order #\(order). Your \(product) is covered by our return policy: \
            you can return it within \(days) days of delivery for a full refund, as long as it is unused and in its original box.

            To start a return, open the Orders page, choose the order, and select Return item. We will email you a prepaid \
            shipping label within one business day. Refunds go back to the original payment method.

            - Keep the receipt until the refund arrives.
            - Refunds usually take 5 business days after we receive the item.
            """
        let candidate: String
        switch i % 6 {
        case 0: candidate = baseline.replacingOccurrences(of: "within \(days) days", with: "within \(days / 2) days")
        case 1: candidate = baseline.replacingOccurrences(of: " Refunds go back to the original payment method.", with: "")
        case 2: candidate = baseline.replacingOccurrences(of: "thanks for reaching out", with: "thank you for contacting us")
                                    .replacingOccurrences(of: "open the Orders page", with: "go to the Orders page")
        case 3: candidate = "I'm sorry, but I can't help with returns for order #\(order). Please contact the store."
        case 4: candidate = baseline.replacingOccurrences(of: "- Keep the receipt until the refund arrives.\n- ", with: "Keep the receipt. ")
        default: candidate = baseline + "\n\nIf you need help, call Dana Whitfield at our Leeds office."
        }
        let input: JSONValue = ["prompt": .string("Can I return my \(product) from order #\(order)?"), "system": "You are a support agent.",
                                "expect": ["must_include": .array([.string("within \(days) days")])]]
        return CasePair(id: "case-\(i)", baseline: CaseSide(input: input, samples: [Answer(text: baseline)]),
                        candidate: CaseSide(input: input, samples: [Answer(text: candidate)]))
}

/// Seconds Python's difflib takes for the word-level similarity ratio of every pair, or nil
/// without python3.
func difflibSeconds(_ pairs: [CasePair]) throws -> Double? {
    let folder = NSTemporaryDirectory() + "replay-bench-difflib-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let lines = pairs.map { p in
        JSONValue.array([.string(p.baseline?.first.text ?? ""), .string(p.candidate?.first.text ?? "")]).compact
    }
    try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/pairs.jsonl", atomically: true, encoding: .utf8)
    let script = """
        import difflib, json, sys, time
        pairs = [json.loads(l) for l in open(sys.argv[1])]
        start = time.perf_counter()
        total = 0.0
        for a, b in pairs:
            total += difflib.SequenceMatcher(None, a.split(), b.split()).ratio()
        print(time.perf_counter() - start)
        """
    try script.write(toFile: folder + "/ref.py", atomically: true, encoding: .utf8)
    guard let out = try? sh(["python3", folder + "/ref.py", folder + "/pairs.jsonl"]) else { return nil }
    return Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
}
