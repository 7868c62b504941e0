import CopydeskTestSupport
import CopydeskCore
import CopydeskEngine
import CopydeskPluginKit
import CopydeskReporters
import Foundation
import XCTest

/// The C entry point of this test program, so that the in-process loader can be exercised
/// through `dlopen` without building a separate library.
@_cdecl("copydesk_plugin_entry")
public func testProgramPluginEntry(_ hostABIVersion: UInt32) -> UnsafeRawPointer? {
    PluginExport.entry(hostABIVersion: hostABIVersion, factory: ProbePlugin.factory)
}

final class RuntimePluginTests: XCTestCase {
    func lint(_ workspace: TestWorkspace, _ specs: [PluginSpec]) throws -> Report {
        var registry = PluginRegistry(factories: [])
        for spec in specs { registry.register(try spec.factory(hostExecutable: TestWorkspace.copydeskExecutable)) }
        return try LintRunner(registry: registry).run(LintRequest(paths: ["."], root: workspace.root))
    }

    /// A Python plugin speaking JSON lines, whose check does what `body` says.
    func pythonPlugin(_ workspace: TestWorkspace, abi: Int = 1, check body: String) throws -> String {
        try workspace.write("plugin.py", """
            import json, os, sys, time
            for line in sys.stdin:
                request = json.loads(line)
                if request["type"] == "describe":
                    answer = {"abi": \(abi), "id": "py", "rules": [{"id": "py/rule", "shortDescription": "x", "defaultLevel": "warning"}]}
                else:
                    text = request["document"]["text"]
            \(body.split(separator: "\n").map { "        " + $0 }.joined(separator: "\n"))
                sys.stdout.write(json.dumps(answer) + "\\n")
                sys.stdout.flush()
            """)
    }

    func testShippedPythonPluginFindsLongQuotesWithExactPositions() throws {
        let workspace = try TestWorkspace()
        let long = Array(repeating: "word", count: 45).joined(separator: " ")
        try workspace.write("a.txt", "Née said: “\(long).” Then 😀 “\(long) again.”\n")
        let script = TestWorkspace.packageRoot + "/Examples/plugins/python-quote-length/quote_length.py"
        let report = try lint(workspace, [PluginSpec(command: ["python3", script])])
        XCTAssertEqual(report.results.map(\.ruleID), ["quote-length/long-quote", "quote-length/long-quote"])
        XCTAssertEqual(report.results[0].region.start.column, 11)
        XCTAssertTrue(report.results[1].snippet.hasPrefix("“word"))
        XCTAssertEqual(report.results[0].properties["words"], 45)
        XCTAssertEqual(report.rules.map(\.id), ["quote-length/long-quote"])
        XCTAssertEqual(ExampleRunner().run(factory: try PluginSpec(command: ["python3", script]).factory(hostExecutable: nil)).failures, [])
    }

    func testCrashingPluginIsReportedPerFileAndRestarted() throws {
        let workspace = try TestWorkspace()
        let script = try pythonPlugin(workspace, check: """
            if "crash" in text:
                os.kill(os.getpid(), 9)
            answer = {"findings": [{"rule": "py/rule", "start": 0, "end": 1, "message": "first letter"}]}
            """)
        try workspace.write("a-crash.txt", "crash here\n")
        try workspace.write("b-fine.txt", "fine\n")
        let report = try lint(workspace, [PluginSpec(command: ["python3", script], timeout: 10)])
        XCTAssertEqual(report.results.map(\.path), ["b-fine.txt"])
        let problem = try XCTUnwrap(report.problems.first)
        XCTAssertEqual(problem.path, "a-crash.txt")
        XCTAssertTrue(problem.message.contains("signal 9") || problem.message.contains("ended without answering"), problem.message)
    }

    func testHangingPluginIsStoppedAtItsTimeLimit() throws {
        let workspace = try TestWorkspace()
        let script = try pythonPlugin(workspace, check: """
            if "hang" in text:
                time.sleep(60)
            answer = {"findings": []}
            """)
        try workspace.write("a.txt", "hang\n")
        let started = Date()
        let report = try lint(workspace, [PluginSpec(command: ["python3", script], timeout: 1)])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertTrue(report.problems.first?.message.contains("no answer within 1 s") == true, "\(report.problems)")
    }

    func testPluginForAnotherABIIsRefusedClearly() throws {
        let workspace = try TestWorkspace()
        let script = try pythonPlugin(workspace, abi: 7, check: "answer = {}")
        XCTAssertThrowsError(try PluginSpec(command: ["python3", script]).factory(hostExecutable: nil)) { error in
            XCTAssertTrue("\(error)".contains("built for plugin ABI 7, but this copydesk speaks ABI 1"), "\(error)")
        }
    }

    func testBadAnswersAreProblemsNotCrashes() throws {
        let workspace = try TestWorkspace()
        let script = try pythonPlugin(workspace, check: """
            answer = {"findings": [{"rule": "py/rule", "start": 5, "end": 999, "message": "out of range"}]}
            """)
        try workspace.write("a.txt", "short\n")
        let report = try lint(workspace, [PluginSpec(command: ["python3", script])])
        XCTAssertTrue(report.results.isEmpty)
        XCTAssertTrue(report.problems.first?.message.contains("0 ≤ start ≤ end") == true, "\(report.problems)")
    }

    func testCEntryPointThroughDlopenInProcess() throws {
        let transport: NativeLibraryTransport
        do { transport = try NativeLibraryTransport(path: nil) } catch {
            throw Requirement.missing("this test program does not export its symbols: \(error)")
        }
        let plugin = try RuntimePlugin(transport: transport, options: .object([:]))
        XCTAssertEqual(plugin.id, "probe")
        let document = Document(plainText: SourceFile(path: "a.txt", text: "Ça teh 😀 Kyiv"))
        let findings = plugin.check(document, context: CheckContext())
        XCTAssertEqual(findings.map { document.text(of: $0.range) }, ["teh", "Kyiv"])
        XCTAssertEqual(findings[0].fixes.first?.replacements.first?.text, "the")
    }

    /// The shipped Swift example plugin, built as a real shared library (CI builds it first).
    func testSharedLibraryPluginInAndOutOfProcess() throws {
        let library = TestWorkspace.packageRoot + "/Examples/plugins/swift-headline-caps/.build/debug/libHeadlineCaps.so"
        guard FileManager.default.fileExists(atPath: library) else {
            throw Requirement.missing("build Examples/plugins/swift-headline-caps first (CI does)")
        }
        let workspace = try TestWorkspace()
        try workspace.write("a.txt", "FERRY CONTRACT VOTE DELAYED\n\nThe vote was put off.\n")
        for isolation in [PluginSpec.Isolation.process, .inProcess] {
            if isolation == .process { _ = try Requirement.copydesk() }
            let report = try lint(workspace, [PluginSpec(library: library, isolation: isolation)])
            XCTAssertEqual(report.results.map(\.ruleID), ["headline-caps/all-caps"], "\(isolation) \(report.problems)")
            XCTAssertEqual(report.results.first?.snippet, "FERRY CONTRACT VOTE DELAYED")
        }
        XCTAssertEqual(ExampleRunner().run(factory: try PluginSpec(library: library, isolation: .inProcess).factory(hostExecutable: nil)).failures, [])
    }
}
