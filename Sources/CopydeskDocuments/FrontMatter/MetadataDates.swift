import CopydeskCore

/// Publication and modification dates from front matter keys.
public enum MetadataDates {
    /// Keys that give the publication date, in order of preference.
    public static let publicationKeys = ["date", "publishDate", "published", "pubDate", "published_at", "publishedAt"]
    /// Keys that give the last modification date, in order of preference.
    public static let modificationKeys = ["lastmod", "updated", "modified", "lastModified", "updated_at", "dateModified"]

    /// Sets the metadata's title and dates from front matter.
    public static func apply(frontMatter: JSONValue?, to metadata: inout DocumentMetadata) {
        guard let members = frontMatter?.objectValue else { return }
        if metadata.title == nil, let title = members["title"]?.stringValue { metadata.title = title }
        for key in publicationKeys {
            if let raw = members[key]?.stringValue, let date = DocumentDate(parsing: raw) {
                metadata.publicationDate = date
                metadata.publicationDateSource = "front matter `\(key)`"
                break
            }
        }
        for key in modificationKeys {
            if let raw = members[key]?.stringValue, let date = DocumentDate(parsing: raw) {
                metadata.modifiedDate = date
                metadata.modifiedDateSource = "front matter `\(key)`"
                break
            }
        }
    }
}
