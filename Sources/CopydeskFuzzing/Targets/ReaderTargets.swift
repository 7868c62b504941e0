import CopydeskCore
import CopydeskDocuments

/// The document readers: the bytes go through `DocumentLoader` (which refuses binary files and
/// invalid UTF-8) into the reader of one format; the document's offset map and blocks are checked.
enum ReaderTargets {
    static let all = [text, markdown, html, frontMatter]

    static let text = FuzzTarget(name: "text", summary: "the plain-text reader (paragraphs, title line)") { data in
        _ = try FuzzInputs.document(Array(data), format: .plainText)
    }

    static let markdown = FuzzTarget(name: "markdown", summary: "the Markdown reader (cmark-gfm, inline alignment, front matter)") { data in
        _ = try FuzzInputs.document(Array(data), format: .markdown)
    }

    static let html = FuzzTarget(name: "html", summary: "the HTML reader (libxml2, text alignment, metadata dates)") { data in
        _ = try FuzzInputs.document(Array(data), format: .html)
    }

    /// YAML front matter: the bytes are the YAML between `---` fences (added when the input does not
    /// open with one), read as Markdown so that titles and metadata dates are taken from it too.
    static let frontMatter = FuzzTarget(name: "front-matter", summary: "front matter: YAML, title location, metadata dates") { data in
        var bytes = Array(data)
        if !bytes.starts(with: Array("---".utf8)) {
            bytes = Array("---\n".utf8) + bytes + Array("\n---\nThe body.\n".utf8)
        }
        _ = try FuzzInputs.document(bytes, format: .markdown)
    }
}
