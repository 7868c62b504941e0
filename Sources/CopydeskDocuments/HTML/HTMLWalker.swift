import CLibXML2
import CopydeskCore

/// Walks libxml2's tree in document order, writing prose and gathering metadata.
struct HTMLWalker {
    private var builder = ProseBuilder()
    private var aligner: HTMLTextAligner
    /// The source's comments, where suppression comments are read.
    private let comments: [Range<Int>]
    private var metadata = HTMLMetadata()
    private var machineTimes: [MachineTime] = []

    private var hiddenDepth = 0
    private var headDepth = 0
    private var titleDepth = 0
    private var quoteDepth = 0
    /// Scopes of the list items and table cells around the current node, innermost last.
    private var containerScopes: [Scope] = []
    /// The block the current text belongs to, innermost last.
    private var blockStack: [(scope: Scope, level: Int)] = []
    /// Set when a block element starts or ends: the next text with something in it opens a block.
    private var needsNewBlock = true
    /// Whether a paragraph block has been closed: a `<time>` after that is no longer a byline.
    private var seenParagraph = false
    private var openBlockScope: Scope?
    private var titleText: [UInt8] = []

    private struct Frame {
        var name: String
        var role: HTMLElementRole
        var time: (start: Int, date: DocumentDate?, isPubdate: Bool, isByline: Bool)?
        /// Whether the element starts a part of the page selected as prose, or one left out.
        var isSelected = false
        var isExcluded = false
    }
    private var frames: [Frame] = []

    private let selection: HTMLProseSelection
    /// The prose selector that matched an element of the page, if any (else: body minus exclusions).
    private var chosen: HTMLSelector?
    private var selectedDepth = 0
    private var excludedDepth = 0

    /// `blanked` are the source ranges already turned to blanks in `source` (templating, ignored
    /// tokens): their prose stands for the original bytes without copying them.
    init(source: [UInt8], blanked: [Range<Int>] = [], selection: HTMLProseSelection = .default) {
        let mask = HTMLTextMask(source)
        aligner = HTMLTextAligner(source: source, mask: mask, blanked: blanked)
        comments = mask.comments
        self.selection = selection
    }

    /// The first prose selector that matches an element of the tree under `root`.
    private static func firstMatchingSelector(_ selectors: [HTMLSelector], under root: xmlNodePtr) -> HTMLSelector? {
        guard !selectors.isEmpty else { return nil }
        var matched = Set<Int>()
        var node: xmlNodePtr? = root
        while let current = node {
            if current.pointee.type == XML_ELEMENT_NODE {
                let name = string(current.pointee.name) ?? ""
                for (index, selector) in selectors.enumerated()
                where !matched.contains(index) && selector.matches(element: name, attribute: { attribute(current, $0) }) {
                    matched.insert(index)
                }
                if matched.contains(0) { break }
            }
            if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children { node = child; continue }
            var finished = current
            node = nil
            while finished != root {
                if let next = finished.pointee.next { node = next; break }
                guard let parent = finished.pointee.parent else { break }
                finished = parent
            }
        }
        return matched.min().map { selectors[$0] }
    }

    mutating func walk(_ root: xmlNodePtr) {
        chosen = HTMLWalker.firstMatchingSelector(selection.prose, under: root)
        var node: xmlNodePtr? = root
        while let current = node {
            let descend = enter(current)
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            var finished = current
            node = nil
            while true {
                exit(finished)
                if finished == root { break }
                if let next = finished.pointee.next { node = next; break }
                guard let parent = finished.pointee.parent else { break }
                finished = parent
            }
        }
    }

    /// Handles a node on the way in; returns whether to visit its children.
    private mutating func enter(_ node: xmlNodePtr) -> Bool {
        switch node.pointee.type {
        case XML_ELEMENT_NODE:
            enterElement(node)
            return true
        case XML_TEXT_NODE:
            text(node)
            return false
        default:
            return false
        }
    }

    private mutating func exit(_ node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE, let frame = frames.popLast() else { return }
        switch frame.role {
        case .block:
            blockStack.removeLast()
            needsNewBlock = true
            switch frame.name {
            case "li", "dt", "dd", "td", "th": containerScopes.removeLast()
            case "blockquote": quoteDepth -= 1
            case "title": titleDepth -= 1
            default: break
            }
        case .hidden:
            hiddenDepth -= 1
            if HTMLElementRole.hiddenBlocks.contains(frame.name) { needsNewBlock = true }
        case .inline, .lineBreak:
            break
        }
        if frame.name == "head" { headDepth -= 1 }
        if let time = frame.time { closeTime(time) }
        if frame.isSelected { selectedDepth -= 1; needsNewBlock = true }
        if frame.isExcluded { excludedDepth -= 1; needsNewBlock = true }
    }

    private mutating func enterElement(_ node: xmlNodePtr) {
        let name = HTMLWalker.string(node.pointee.name) ?? ""
        let role = HTMLElementRole.of(name)
        var frame = Frame(name: name, role: role, time: nil)
        if let chosen {
            if chosen.matches(element: name, attribute: { HTMLWalker.attribute(node, $0) }) {
                frame.isSelected = true
                selectedDepth += 1
                needsNewBlock = true
            }
        } else if selection.exclude.contains(where: { $0.matches(element: name, attribute: { HTMLWalker.attribute(node, $0) }) }) {
            frame.isExcluded = true
            excludedDepth += 1
            needsNewBlock = true
        }
        if let itemprop = HTMLWalker.attribute(node, "itemprop") {
            metadata.itemprop(itemprop, value: HTMLWalker.attribute(node, "content") ?? HTMLWalker.attribute(node, "datetime"))
        }
        switch name {
        case "head":
            headDepth += 1
        case "meta":
            if let key = HTMLWalker.attribute(node, "property") ?? HTMLWalker.attribute(node, "name")
                ?? HTMLWalker.attribute(node, "http-equiv") {
                metadata.meta(key: key, content: HTMLWalker.attribute(node, "content"))
            }
        case "script":
            if let type = HTMLWalker.attribute(node, "type"), type.lowercased().contains("ld+json") {
                metadata.jsonLD(HTMLWalker.textContent(node))
            }
        case "time":
            let date = HTMLWalker.attribute(node, "datetime").flatMap(DocumentDate.init(parsing:))
            frame.time = (builder.bytes.count, date, HTMLWalker.attribute(node, "pubdate") != nil, !seenParagraph)
        default:
            break
        }
        switch role {
        case .block:
            needsNewBlock = true
            var scope = containerScopes.last ?? .paragraph
            let level = HTMLElementRole.headingLevel(name)
            switch name {
            case "li", "dt", "dd":
                scope = .listItem
                containerScopes.append(scope)
            case "td", "th":
                scope = .tableCell
                containerScopes.append(scope)
            case "blockquote":
                quoteDepth += 1
            case "title":
                scope = .title
                titleDepth += 1
            default:
                if level > 0 { scope = .heading }
            }
            blockStack.append((scope, level))
        case .hidden:
            hiddenDepth += 1
            if HTMLElementRole.hiddenBlocks.contains(name) { needsNewBlock = true }
        case .lineBreak:
            if isEmitting && !needsNewBlock { builder.appendSynthetic("\n") }
        case .inline:
            break
        }
        frames.append(frame)
    }

    private var isEmitting: Bool {
        guard hiddenDepth == 0 else { return false }
        if titleDepth > 0 && headDepth > 0 { return true }
        guard headDepth == 0 else { return false }
        return chosen != nil ? selectedDepth > 0 : excludedDepth == 0
    }

    private mutating func text(_ node: xmlNodePtr) {
        guard let content = node.pointee.content else { return }
        let text = UnsafeBufferPointer(start: content, count: HTMLWalker.length(of: content))
        var emit = isEmitting
        if emit && needsNewBlock {
            if text.allSatisfy(HTMLWalker.isSpace) {
                emit = false
            } else {
                let block = blockStack.last ?? (.paragraph, 0)
                if openBlockScope == .paragraph { seenParagraph = true }
                builder.beginBlock(block.scope, headingLevel: block.level, isInBlockquote: quoteDepth > 0)
                openBlockScope = block.scope
                needsNewBlock = false
            }
        }
        if titleDepth > 0 && hiddenDepth == 0 { titleText.append(contentsOf: text) }
        aligner.align(text, emit: emit, into: &builder)
    }

    private mutating func closeTime(_ time: (start: Int, date: DocumentDate?, isPubdate: Bool, isByline: Bool)) {
        let bytes = builder.bytes
        var start = min(time.start, bytes.count), end = bytes.count
        while start < end && HTMLWalker.isSpace(bytes[start]) { start += 1 }
        while end > start && HTMLWalker.isSpace(bytes[end - 1]) { end -= 1 }
        let date = time.date ?? (start < end ? DocumentDate(parsing: String(decoding: bytes[start..<end], as: UTF8.self)) : nil)
        guard let date else { return }
        if start < end { machineTimes.append(MachineTime(range: start..<end, date: date)) }
        metadata.time(date, isPubdate: time.isPubdate, isByline: time.isByline)
    }

    mutating func finish() -> (result: ReadResult, unalignedLiterals: Int) {
        let (text, blocks, map) = builder.finish()
        if !titleText.isEmpty {
            let collapsed = String(decoding: titleText, as: UTF8.self)
                .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
            if !collapsed.isEmpty { metadata.title = collapsed }
        }
        var documentMetadata = DocumentMetadata(machineTimes: machineTimes)
        metadata.apply(to: &documentMetadata)
        if documentMetadata.title == nil, let heading = blocks.first(where: { $0.scope == .heading && $0.headingLevel == 1 }) {
            documentMetadata.title = ProseBuilder.text(text, heading.range)
        }
        return (ReadResult(text: text, blocks: blocks, map: map, metadata: documentMetadata, comments: comments), aligner.unalignedNodes)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C }

    /// The length of a NUL-terminated libxml2 string.
    static func length(of pointer: UnsafePointer<xmlChar>) -> Int {
        var count = 0
        while pointer[count] != 0 { count += 1 }
        return count
    }

    static func equals(_ pointer: UnsafePointer<xmlChar>, _ name: String) -> Bool {
        var i = 0
        for byte in name.utf8 {
            guard pointer[i] == byte else { return false }
            i += 1
        }
        return pointer[i] == 0
    }

    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// An attribute's value (libxml2 lowercases HTML attribute names).
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, HTMLWalker.equals(attributeName, name) {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The text and CDATA content of an element's children (a script's source).
    static func textContent(_ node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let current = child {
            if let content = current.pointee.content { text += String(cString: content) }
            child = current.pointee.next
        }
        return text
    }
}
