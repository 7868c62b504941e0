import CopydeskFuzzing
import Foundation

// Built with `-sanitize=fuzzer,address -DFUZZING` (Scripts/fuzz), this is a libFuzzer binary: libFuzzer
// supplies `main` and calls `LLVMFuzzerTestOneInput` for the target named by $COPYDESK_FUZZ_TARGET.
// Built normally, it replays inputs through the same entry functions: `copydesk-fuzz TARGET FILE...`.

#if FUZZING

nonisolated(unsafe) private var selected: FuzzTarget?

private func selectTarget() -> FuzzTarget {
    if let selected { return selected }
    let name = ProcessInfo.processInfo.environment["COPYDESK_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTargets.named(name) else {
        FileHandle.standardError.write(Data("copydesk-fuzz: set COPYDESK_FUZZ_TARGET to one of: \(FuzzTargets.names.joined(separator: " "))\n".utf8))
        exit(2)
    }
    target.prepare()
    selected = target
    return target
}

@_cdecl("LLVMFuzzerInitialize")
public func fuzzerInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    _ = selectTarget()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let target = selectTarget()
    do {
        try target.run(UnsafeRawBufferPointer(start: data, count: size))
    } catch {
        fatalError("\(target.name): \(error)")
    }
    return 0
}

/// libFuzzer's driver, for a `main` of our own.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                             _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                             _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable with `main` renamed from `<module>_main` (so that tests can link its
/// module); this is that function, handing the process to libFuzzer.
@_cdecl("copydesk_fuzz_main")
public func copydeskFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return runFuzzerDriver(&count, &vector) { data, size in fuzzerTestOneInput(data, size) }
}

#else

@main
struct CopydeskFuzz {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTargets.named(name), arguments.count > 1 else {
            let targets = FuzzTargets.all.map { "  \($0.name.padding(toLength: 18, withPad: " ", startingAt: 0)) \($0.summary)" }
            print("usage: copydesk-fuzz TARGET FILE|FOLDER...\n\nReplays inputs through a fuzz target's entry function (Scripts/fuzz fuzzes them).\n\ntargets:\n"
                  + targets.joined(separator: "\n"))
            exit(arguments.isEmpty || arguments.first == "--help" ? 0 : 2)
        }
        target.prepare()
        var failures = 0
        for path in inputs(Array(arguments.dropFirst())) {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                failures += 1
                continue
            }
            let started = Date()
            do {
                try target.run(bytes: [UInt8](data))
                print("\(path): ok (\(String(format: "%.3f", Date().timeIntervalSince(started))) s)")
            } catch {
                print("\(path): \(error)")
                failures += 1
            }
        }
        exit(failures == 0 ? 0 : 1)
    }

    /// Files as given, folders' regular files in name order.
    static func inputs(_ paths: [String]) -> [String] {
        paths.flatMap { path -> [String] in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.sorted().map { path + "/" + $0 }.filter { !$0.hasSuffix("/.gitkeep") }
        }
    }
}

#endif
