import CopydeskRuleTesting
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

    /// A plugin that never reads its request: the time limit covers writing it too (a 400 KB
    /// document to a plugin that sleeps used to block the run for the plugin's whole sleep).
    func testPluginThatNeverReadsTheRequestIsStoppedAtItsTimeLimit() throws {
        let workspace = try TestWorkspace()
        let script = try workspace.write("plugin.py", """
            import json, sys, time
            line = sys.stdin.readline()
            sys.stdout.write(json.dumps({"abi": 1, "id": "py", "rules": [{"id": "py/rule", "shortDescription": "x", "defaultLevel": "warning"}]}) + "\\n")
            sys.stdout.flush()
            time.sleep(40)
            """)
        try workspace.write("big.txt", String(repeating: "A line of an article that goes on and on.\n", count: 10_000))
        let started = Date()
        let report = try lint(workspace, [PluginSpec(command: ["python3", script], timeout: 2)])
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertLessThan(elapsed, 15, "the request's write was not bounded by the time limit")
        XCTAssertEqual(report.problems.map(\.path), ["big.txt"])
        XCTAssertTrue(report.problems.first?.message.contains("did not read the request") == true, "\(report.problems)")
        XCTAssertTrue(report.problems.first?.message.contains("within 2 s; it was stopped") == true, "\(report.problems)")
    }

    /// A C plugin built here as a shared library: it crashes on "CRASH-HERE" and hangs on "HANG-HERE".
    func misbehavingLibrary(_ workspace: TestWorkspace) throws -> String {
        let source = try workspace.write("plugin/misbehaving.c", """
            #include <signal.h>
            #include <stdlib.h>
            #include <string.h>
            #include <unistd.h>
            #include "copydesk_plugin.h"
            static char *describe(const char *options) {
                return strdup("{\\"abi\\":1,\\"id\\":\\"misbehaving\\",\\"summary\\":\\"x\\",\\"rules\\":[{\\"id\\":\\"misbehaving/rule\\",\\"shortDescription\\":\\"x\\",\\"defaultLevel\\":\\"warning\\"}]}");
            }
            static char *check(const char *request) {
                if (strstr(request, "CRASH-HERE")) *(volatile int *)0 = 1;
                if (strstr(request, "HANG-HERE")) sleep(60);
                return strdup("{\\"findings\\":[{\\"rule\\":\\"misbehaving/rule\\",\\"start\\":0,\\"end\\":1,\\"message\\":\\"first letter\\"}]}");
            }
            static void free_string(char *text) { free(text); }
            static const copydesk_plugin_v1 table = {COPYDESK_PLUGIN_ABI_VERSION, describe, check, free_string};
            const copydesk_plugin_v1 *copydesk_plugin_entry(uint32_t version) { return version == 1 ? &table : 0; }
            """)
        let found = try TestWorkspace.run("/bin/sh", ["-c", "command -v cc || command -v clang || command -v gcc"])
        let compiler = found.out.split(separator: "\n").first.map(String.init) ?? ""
        guard !compiler.isEmpty else { throw Requirement.missing("no C compiler (cc, clang or gcc) to build a test plugin") }
        let library = workspace.root + "/plugin/libmisbehaving.so"
        let build = try TestWorkspace.run(compiler, ["-shared", "-fPIC", "-I", TestWorkspace.packageRoot + "/Sources/CopydeskPluginABI/include",
                                                     source, "-o", library])
        XCTAssertEqual(build.status, 0, build.err)
        return library
    }

    /// `copydesk plugin-host` serving a library that crashes on one file and hangs on another: each
    /// is a problem for its file, the host is started again, and the other files are checked.
    func testPluginHostCrashesAndHangsAreReportedPerFile() throws {
        let workspace = try TestWorkspace()
        let library = try misbehavingLibrary(workspace)
        _ = try Requirement.copydesk()
        try workspace.write("a-crash.txt", "CRASH-HERE\n")
        try workspace.write("b-fine.txt", "fine\n")
        try workspace.write("c-hang.txt", "HANG-HERE\n")
        try workspace.write("d-fine.txt", "fine too\n")
        let started = Date()
        let report = try lint(workspace, [PluginSpec(library: library, isolation: .process, timeout: 2)])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(report.results.map(\.path), ["b-fine.txt", "d-fine.txt"])
        let problems = Dictionary(uniqueKeysWithValues: report.problems.map { ($0.path, $0.message) })
        XCTAssertEqual(Set(problems.keys), ["a-crash.txt", "c-hang.txt"], "\(report.problems)")
        let crash = problems["a-crash.txt"] ?? ""
        XCTAssertTrue(crash.contains("crashed with signal 11") || crash.contains("ended without answering"), crash)
        XCTAssertTrue(problems["c-hang.txt"]?.contains("no answer within 2 s; it was stopped") == true, "\(problems)")
    }
}
