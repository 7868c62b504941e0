import CopydeskCore
import CopydeskReporters
import Foundation

/// An LSP position: 0-based line, 0-based character in UTF-16 code units.
struct LSPPosition: Comparable {
    var line: Int
    var character: Int

    init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    init?(_ json: JSONValue) {
        guard let line = json["line"]?.intValue, let character = json["character"]?.intValue else { return nil }
        self.init(line: line, character: character)
    }

    /// A Copydesk position (1-based line and UTF-16 column).
    init(_ position: SourcePosition) { self.init(line: position.line - 1, character: position.column - 1) }

    var json: JSONValue { .object(["line": .int(line), "character": .int(character)]) }

    static func < (a: LSPPosition, b: LSPPosition) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

/// An LSP range, end exclusive.
struct LSPRange {
    var start: LSPPosition
    var end: LSPPosition

    init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    init?(_ json: JSONValue) {
        guard let start = json["start"].flatMap(LSPPosition.init), let end = json["end"].flatMap(LSPPosition.init) else { return nil }
        self.init(start: start, end: end)
    }

    init(_ region: SourceRegion) { self.init(start: LSPPosition(region.start), end: LSPPosition(region.end)) }

    var json: JSONValue { .object(["start": start.json, "end": end.json]) }

    /// Whether the ranges share a position (an empty range touching this one counts, as a cursor does).
    func overlaps(_ other: LSPRange) -> Bool { !(other.end < start || end < other.start) }

    func contains(_ position: LSPPosition) -> Bool { !(position < start) && position < end }
}

/// Copydesk's results as LSP values: diagnostics, code actions, hover text.
enum LanguageServerConversions {
    static func severity(_ level: Level) -> Int {
        switch level {
        case .error: return 1
        case .warning: return 2
        case .note: return 3
        }
    }

    static func diagnostic(_ result: ReportedResult) -> JSONValue {
        var members: [String: JSONValue] = [
            "range": LSPRange(result.region).json,
            "severity": .int(severity(result.level)),
            "code": .string(result.ruleID),
            "source": "copydesk",
            "message": .string(result.message),
            "data": .object(["fingerprint": .string(result.fingerprint)]),
        ]
        // A suppression comment that silences nothing is shown as unnecessary code.
        if result.ruleID == "copydesk/unused-suppression" { members["tags"] = .array([.int(1)]) }
        return .object(members)
    }

    /// A diagnostic for a whole line (a document that cannot be read).
    static func documentProblem(line: Int, message: String, severity: Int) -> JSONValue {
        let position = LSPPosition(line: max(0, line), character: 0)
        return .object(["range": LSPRange(start: position, end: position).json, "severity": .int(severity),
                        "source": "copydesk", "message": .string(message)])
    }

    /// UTF-16 offsets where each line starts, and the text's UTF-16 length last.
    static func lineStarts(_ text: String) -> [Int] {
        var starts = [0]
        var offset = 0
        for unit in text.utf16 {
            offset += 1
            if unit == 0x0A { starts.append(offset) }
        }
        starts.append(offset)
        return starts
    }

    /// The position at the end of a 0-based line, before its line break.
    static func endOfLine(_ line: Int, text: String, lineStarts: [Int]) -> LSPPosition {
        guard line + 1 < lineStarts.count else { return LSPPosition(line: line, character: 0) }
        let start = lineStarts[line]
        var end = lineStarts[line + 1]
        let units = Array(text.utf16[text.utf16.index(text.utf16.startIndex, offsetBy: start)..<text.utf16.index(text.utf16.startIndex, offsetBy: end)])
        if units.last == 0x0A { end -= 1 }
        if units.count >= 2 && units[units.count - 2] == 0x0D && units.last == 0x0A { end -= 1 }
        return LSPPosition(line: line, character: end - start)
    }

    /// The finding's fixes as quick fixes (every one, so that both readings of a weekday that
    /// contradicts its date are offered), then "disable this rule on this line".
    static func codeActions(for result: ReportedResult, uri: String, text: String, lineStarts: [Int]) -> [JSONValue] {
        let diagnostic = diagnostic(result)
        var actions: [JSONValue] = result.fixes.map { fix in
            .object([
                "title": .string(fix.description),
                "kind": "quickfix",
                "diagnostics": .array([diagnostic]),
                "isPreferred": .bool(result.fixes.count == 1 && fix.isAutomatic),
                "edit": .object(["changes": .object([uri: .array(fix.replacements.map { replacement in
                    .object(["range": LSPRange(replacement.region).json, "newText": .string(replacement.text)])
                })])]),
            ])
        }
        let line = result.region.start.line - 1
        let end = endOfLine(line, text: text, lineStarts: lineStarts)
        actions.append(.object([
            "title": .string("Disable \(result.ruleID) on this line"),
            "kind": "quickfix",
            "diagnostics": .array([diagnostic]),
            "edit": .object(["changes": .object([uri: .array([.object([
                "range": LSPRange(start: end, end: end).json,
                "newText": .string(" <!-- copydesk-disable-line \(result.ruleID) -->"),
            ])])])]),
        ]))
        return actions
    }

    /// The typed properties hover shows (DESIGN.md: fact tags).
    static let factTagKeys = ["timex", "quote", "sanctions", "moderation"]

    static func isFactTag(_ result: ReportedResult) -> Bool { factTagKeys.contains { result.properties[$0] != nil } }

    /// Markdown for a fact tag: a date's normalised value, a quote's speakers, a sanctions entry's
    /// list, id, programmes and listing date.
    static func hoverText(_ result: ReportedResult) -> String {
        var lines = ["**\(result.ruleID)**: \(result.message)"]
        if let timex = result.properties["timex"] {
            var line = "Date: `\(timex["value"]?.stringValue ?? "?")`"
            if let type = timex["type"]?.stringValue { line += " (\(type))" }
            if let mod = timex["mod"]?.stringValue { line += ", modifier \(mod)" }
            if let anchor = timex["anchor"]?.stringValue { line += ", read against \(anchor)" }
            lines.append(line)
        }
        if let quote = result.properties["quote"] {
            lines.append("Speaker: \(quote["speaker"]?.stringValue ?? "none found")")
            if let resolved = quote["resolvedSpeaker"]?.stringValue { lines.append("Resolved speaker: \(resolved)") }
            if let verb = quote["verb"]?.stringValue { lines.append("Verb: \(verb)") }
        }
        if let sanctions = result.properties["sanctions"] {
            for entry in sanctions["entries"]?.arrayValue ?? [] {
                let programmes = entry["programs"]?.stringsValue?.joined(separator: ", ") ?? "none given"
                lines.append("- \(entry["name"]?.stringValue ?? "?"): \(entry["list"]?.stringValue ?? "?"), id `\(entry["id"]?.stringValue ?? "?")`, "
                             + "programmes \(programmes), listed \(entry["listed"]?.stringValue ?? "date not given")")
            }
            if let match = sanctions["match"]?.stringValue { lines.append("Match: \(match)") }
        }
        if let moderation = result.properties["moderation"] {
            lines.append("Moderation: " + moderation.canonicalJSON)
        }
        return lines.joined(separator: "\n\n")
    }
}
