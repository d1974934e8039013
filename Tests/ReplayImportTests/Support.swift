import Foundation
import ReplayCore
@testable import ReplayImport

/// The test target's copied `Fixtures` folder.
let fixtures = Bundle.module.resourcePath! + "/Fixtures"

/// Every conversation the importer reads from these paths, and its tally.
func importAll(_ paths: [String], format: LogFormatID? = nil, strict: Bool = false) throws -> ([ImportedConversation], LogImporter.Tally) {
    let importer = LogImporter(format: format, strict: strict)
    var out: [ImportedConversation] = []
    try importer.read(paths) { out.append($0) }
    return (out, importer.tally)
}

/// Records of a JSON text, split as the importer splits files.
func records(_ text: String, file: String = "t.json", chunk: Int? = nil) throws -> [Result<LogRecord, RecordProblem>] {
    var stream = RecordStream(source: MemoryBytes(Array(text.utf8)), file: file)
    var out: [Result<LogRecord, RecordProblem>] = []
    while let r = try stream.next() { out.append(r) }
    return out
}

func temporaryFolder() -> String {
    let path = NSTemporaryDirectory() + "replay-import-tests-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
