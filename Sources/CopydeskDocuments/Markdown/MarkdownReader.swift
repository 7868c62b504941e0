import CopydeskCore

/// Markdown with YAML front matter. (Interim: front matter is read; the body is read as plain text
/// until the CommonMark reader lands.)
public enum MarkdownReader {
    public static func read(_ source: SourceFile) throws -> ReadResult {
        let frontMatter = try FrontMatter.read(source)
        var builder = ProseBuilder()
        let bytes = source.utf8
        let bodyStart = frontMatter?.range.upperBound ?? 0
        for block in Document.paragraphs(in: source.text) where block.range.lowerBound >= bodyStart {
            builder.beginBlock(.paragraph)
            builder.appendVerbatim(bytes, range: block.range)
            builder.endBlock()
        }
        let (text, blocks, map) = builder.finish()
        var metadata = DocumentMetadata(frontMatter: frontMatter?.value)
        MetadataDates.apply(frontMatter: frontMatter?.value, to: &metadata)
        return ReadResult(text: text, blocks: blocks, map: map, metadata: metadata)
    }
}
