import CopydeskCore

/// HTML. (Interim: read as plain text until the libxml2 reader lands.)
public enum HTMLReader {
    public static func read(_ source: SourceFile) -> ReadResult {
        PlainTextReader.read(source)
    }
}

extension HTMLReader {
    static func readWithDiagnostics(_ source: SourceFile) -> (result: ReadResult, unalignedLiterals: Int) {
        (read(source), 0)
    }
}
