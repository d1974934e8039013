import Foundation
import ReplayCore
import Testing
@testable import ReplayImport

/// Zip exports, written by Python's zipfile (deflated and stored entries, zip64 records).
@Suite struct ZipArchiveTests {
    func makeZip(_ entries: [String: String], zip64: Bool = false) throws -> String {
        let folder = temporaryFolder()
        let spec = folder + "/entries.json"
        try JSONValue.object(entries.mapValues(JSONValue.string)).compact.write(toFile: spec, atomically: true, encoding: .utf8)
        let script = """
            import json, sys, zipfile
            entries = json.load(open(sys.argv[1]))
            with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
                for name, text in entries.items():
                    method = zipfile.ZIP_STORED if name.endswith(".html") else zipfile.ZIP_DEFLATED
                    with z.open(zipfile.ZipInfo(name), "w", force_zip64=\(zip64 ? "True" : "False")) as f:
                        f.write(text.encode())
            """
        let zip = folder + "/export.zip"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, spec, zip]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return zip
    }

    @Test func aChatGPTExportZipIsReadWithItsOwner() throws {
        let conversations = try String(contentsOfFile: fixtures + "/chatgpt/conversations.json", encoding: .utf8)
        let zip = try makeZip(["conversations.json": conversations, "chat.html": "<html></html>",
                               "user.json": #"{"id": "user-Abc123", "email": "jo.bloggs@example.co.uk", "phone_number": "+447700900123"}"#,
                               "message_feedback.json": "[]"])
        let (found, tally) = try importAll([zip])
        #expect(found.count == 3)
        #expect(tally.files.keys.first?.hasSuffix("export.zip:conversations.json") == true)
        #expect(tally.exporter?.email == "jo.bloggs@example.co.uk")
        #expect(tally.exporter?.ids.contains("user-Abc123") == true)
    }

    @Test func splitConversationFilesAndZip64AreRead() throws {
        let conversations = try String(contentsOfFile: fixtures + "/chatgpt/conversations.json", encoding: .utf8)
        let zip = try makeZip(["conversations-000.json": conversations, "conversations-001.json": conversations], zip64: true)
        #expect(try importAll([zip]).0.count == 6)
    }

    @Test func aZipWithoutConversationsSaysWhatToPass() throws {
        let zip = try makeZip(["readme.txt": "hi"])
        #expect(throws: ImportError.self) { try importAll([zip]) }
    }

    @Test func aTruncatedZipIsAClearError() throws {
        let zip = try makeZip(["conversations.json": "[]"])
        let data = try Data(contentsOf: URL(fileURLWithPath: zip))
        try data.prefix(data.count - 30).write(to: URL(fileURLWithPath: zip))
        #expect(throws: ImportError.self) { try importAll([zip]) }
    }
}
