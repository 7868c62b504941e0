import CLibXML2
import CopydeskCore

/// HTML, parsed by libxml2's HTML parser (recovering from errors, no network).
///
/// Only part of a page is prose (`HTMLProseSelection`, configurable): by default its `article`
/// elements, else `main`, else the body without navigation, header, footer, asides and cookie or
/// consent banners; the `<title>` always is.
///
/// Block elements (`p`, `h1`–`h6`, `li`, `blockquote`, `td`/`th`, `div` with text of its own,
/// `figcaption`, `<title>` …) become prose blocks with their scopes; inline elements flow in the
/// block around them. Not prose: `<script>`, `<style>`, `<noscript>`, `<template>`, code (`code`,
/// `pre`, `kbd`, `samp`), embedded objects and form controls, comments, attribute values, and
/// everything in `<head>` except `<title>`, templating tags (`TemplateTags`) and what the
/// configuration's `ignore-tokens` and `ignore-blocks` match. Each text node is aligned with the source, so every
/// prose byte maps to its exact position; entities map to the whole reference.
public enum HTMLReader {
    public static func read(_ source: SourceFile, options: ReadingOptions = .default) -> ReadResult {
        readWithDiagnostics(source, options: options).result
    }

    private static let parserInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The read, and how many text nodes could not be aligned with the source (0 when every prose
    /// byte maps exactly; tests check it).
    static func readWithDiagnostics(_ source: SourceFile, options: ReadingOptions = .default) -> (result: ReadResult, unalignedLiterals: Int) {
        _ = parserInitialized
        // Templating and what the configuration ignores become blanks, which are not prose in HTML.
        var hidden = options.ignoredRanges(in: source, from: 0)
        if options.templateTags { hidden += TemplateTags.ranges(in: source.utf8) }
        let blanked = SourceMask.merged(hidden)
        let bytes = blanked.isEmpty ? source.utf8 : SourceMask.blank(source.utf8, ranges: blanked)
        var walker = HTMLWalker(source: bytes, blanked: blanked, selection: options.htmlProse)
        if !bytes.isEmpty {
            let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                                | HTML_PARSE_NONET.rawValue)
            let document = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(clamping: buffer.count), nil, "UTF-8", options)
                }
            }
            if let document {
                defer { xmlFreeDoc(document) }
                if let root = xmlDocGetRootElement(document) { walker.walk(root) }
            }
        }
        return walker.finish()
    }
}
