import CopydeskCore

/// Metadata a document takes from outside its text (the command line's reference date, the file's
/// last commit), given to `DocumentLoader` so that a document is built once, complete.
public struct MetadataProvider: Sendable {
    /// Sets what it knows in the metadata the reader found; applied after the reader, in order.
    public let apply: @Sendable (inout DocumentMetadata) -> Void

    public init(_ apply: @escaping @Sendable (inout DocumentMetadata) -> Void) {
        self.apply = apply
    }

    /// A publication date given on the command line: it wins over what the document says.
    public static func referenceDate(_ date: DocumentDate) -> MetadataProvider {
        MetadataProvider { metadata in
            metadata.publicationDate = date
            metadata.publicationDateSource = "--reference-date"
        }
    }

    /// The time of the file's last commit.
    public static func lastCommitDate(_ date: DocumentDate) -> MetadataProvider {
        MetadataProvider { $0.lastCommitDate = date }
    }
}
