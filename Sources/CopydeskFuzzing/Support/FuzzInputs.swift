import CopydeskCore
import CopydeskDocuments
import Foundation

/// Turns fuzz bytes into what the code under test takes, through the project's own loading paths.
enum FuzzInputs {
    /// The run's fixed clock, so that a crasher replays the same way on any day.
    static let now = DocumentDate(year: 2025, month: 12, day: 6, hour: 12, minute: 0, second: 0, utcOffsetSeconds: 0).instant
    /// The publication date documents are read against when they give none of their own.
    static let referenceDate = DocumentDate(year: 2025, month: 12, day: 6, hour: 9, minute: 0, second: 0, utcOffsetSeconds: 0)

    static func context() -> CheckContext { CheckContext(now: now) }

    /// The bytes read as a document of `format` through `DocumentLoader`, which refuses binary
    /// and invalid UTF-8 (nil then; any other error is a reader's answer too). Checks the
    /// document's invariants.
    static func document(_ bytes: [UInt8], format: DocumentFormat) throws -> Document? {
        let path = "fuzz." + (format == .plainText ? "txt" : format == .markdown ? "md" : "html")
        let document: Document
        do {
            document = try DocumentLoader().document(bytes: bytes, path: path, format: format)
        } catch is DocumentError {
            return nil
        }
        try DocumentInvariants.check(document)
        return document
    }

    /// The same document with the fixed reference date when it names none, so that the date
    /// plugins resolve relative expressions.
    static func dated(_ document: Document) -> Document {
        guard document.metadata.publicationDate == nil else { return document }
        var metadata = document.metadata
        metadata.publicationDate = referenceDate
        metadata.publicationDateSource = "fuzz"
        return Document(source: document.source, format: document.format, text: document.text, blocks: document.blocks,
                        metadata: metadata, offsetMap: document.offsetMap, comments: document.comments)
    }
}
