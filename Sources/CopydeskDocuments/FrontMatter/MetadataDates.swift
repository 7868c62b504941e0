import Foundation
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
        if metadata.title == nil, let title = members["title"]?.stringValue, !title.allSatisfy(\.isWhitespace) {
            metadata.title = title
        }
        for key in publicationKeys {
            if let raw = members[key]?.stringValue, let date = MetadataDates.date(raw) {
                metadata.publicationDate = date
                metadata.publicationDateSource = "front matter `\(key)`"
                break
            }
        }
        for key in modificationKeys {
            if let raw = members[key]?.stringValue, let date = MetadataDates.date(raw) {
                metadata.modifiedDate = date
                metadata.modifiedDateSource = "front matter `\(key)`"
                break
            }
        }
    }

    /// A front matter date: ISO 8601 or RFC 2822, also with a blank before the zone as YAML
    /// timestamps and Hugo write it ("2025-03-01 09:30:00 +0100").
    static func date(_ raw: String) -> DocumentDate? {
        if let date = DocumentDate(parsing: raw) { return date }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let space = trimmed.lastIndex(of: " ") else { return nil }
        let zone = trimmed[trimmed.index(after: space)...]
        guard let first = zone.first, first == "+" || first == "-" || first == "Z" else { return nil }
        return DocumentDate(parsing: String(trimmed[..<space]) + zone)
    }
}
