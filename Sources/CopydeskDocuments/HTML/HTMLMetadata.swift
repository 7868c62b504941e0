import CopydeskCore
import Foundation

/// Dates and the title an HTML page declares about itself, gathered while it is read.
///
/// Publication date, first found wins, in this order (the `--reference-date` flag, applied by the
/// loader, beats them all):
/// 1. `<meta property|name="article:published_time">` (also `og:article:published_time`, `og:published_time`);
/// 2. JSON-LD `datePublished` (top-level objects, arrays and `@graph` members, in document order);
/// 3. other meta tags and microdata: `datePublished`, `date`, `dc.date`, `dc.date.issued`,
///    `dcterms.created`, `dcterms.issued`, `pubdate`, `publishdate`, `publish-date`, `publish_date`,
///    `sailthru.date`, `parsely-pub-date`, and any element with `itemprop="datePublished"`;
/// 4. a `<time pubdate>`, else the first `<time>` no later than the article's first paragraph (a byline).
/// The modification date follows the same order with `article:modified_time`/`og:updated_time`,
/// JSON-LD `dateModified`, then `dateModified`, `last-modified`, `dc.date.modified`, `dcterms.modified`.
struct HTMLMetadata {
    var title: String?
    var socialTitle: String?
    private var published: [Int: (date: DocumentDate, source: String)] = [:]
    private var modified: [Int: (date: DocumentDate, source: String)] = [:]

    private static let publishedMeta: Set<String> = ["article:published_time", "og:article:published_time", "og:published_time"]
    private static let modifiedMeta: Set<String> = ["article:modified_time", "og:article:modified_time", "og:updated_time",
                                                    "og:modified_time"]
    private static let publishedOther: Set<String> = [
        "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued", "pubdate",
        "publishdate", "publish-date", "publish_date", "sailthru.date", "parsely-pub-date",
    ]
    private static let modifiedOther: Set<String> = ["datemodified", "last-modified", "dc.date.modified", "dcterms.modified"]

    /// Records a date candidate at a priority (lower wins); the first at each priority is kept.
    private mutating func offer(published raw: String?, priority: Int, source: String) {
        guard published[priority] == nil, let raw, let date = DocumentDate(parsing: raw) else { return }
        published[priority] = (date, source)
    }

    private mutating func offer(modified raw: String?, priority: Int, source: String) {
        guard modified[priority] == nil, let raw, let date = DocumentDate(parsing: raw) else { return }
        modified[priority] = (date, source)
    }

    /// A `<meta>` element's `property`, `name` or `itemprop` with its `content`.
    mutating func meta(key: String, content: String?) {
        let key = key.lowercased()
        if HTMLMetadata.publishedMeta.contains(key) { offer(published: content, priority: 1, source: "meta \(key)") }
        if HTMLMetadata.modifiedMeta.contains(key) { offer(modified: content, priority: 1, source: "meta \(key)") }
        if HTMLMetadata.publishedOther.contains(key) { offer(published: content, priority: 3, source: "meta \(key)") }
        if HTMLMetadata.modifiedOther.contains(key) { offer(modified: content, priority: 3, source: "meta \(key)") }
        if key == "og:title" && socialTitle == nil { socialTitle = content }
    }

    /// Microdata on any element: `itemprop="datePublished"` with a `content` or `datetime` value.
    mutating func itemprop(_ name: String, value: String?) {
        switch name.lowercased() {
        case "datepublished": offer(published: value, priority: 3, source: "itemprop datePublished")
        case "datemodified": offer(modified: value, priority: 3, source: "itemprop dateModified")
        default: break
        }
    }

    /// A `<time>` element: `isPubdate` when it has the `pubdate` attribute, `isByline` when no
    /// paragraph of the article was finished before it.
    mutating func time(_ date: DocumentDate, isPubdate: Bool, isByline: Bool) {
        if isPubdate, published[4] == nil { published[4] = (date, "<time pubdate>") }
        if isByline, published[5] == nil { published[5] = (date, "<time datetime>") }
    }

    /// The text of a `<script type="application/ld+json">`.
    mutating func jsonLD(_ text: String) {
        guard let data = text.data(using: .utf8),
              let value = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return }
        visit(value, depth: 0)
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for element in array { visit(element, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            offer(published: object["datePublished"] as? String, priority: 2, source: "JSON-LD datePublished")
            offer(modified: object["dateModified"] as? String, priority: 2, source: "JSON-LD dateModified")
            if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
            if let main = object["mainEntity"] { visit(main, depth: depth + 1) }
        }
    }

    /// Writes the dates and title into `metadata`.
    func apply(to metadata: inout DocumentMetadata) {
        if let best = published.min(by: { $0.key < $1.key })?.value {
            metadata.publicationDate = best.date
            metadata.publicationDateSource = best.source
        }
        if let best = modified.min(by: { $0.key < $1.key })?.value {
            metadata.modifiedDate = best.date
            metadata.modifiedDateSource = best.source
        }
        if metadata.title == nil { metadata.title = title ?? socialTitle }
    }
}
