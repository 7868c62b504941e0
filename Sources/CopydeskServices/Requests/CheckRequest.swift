import CopydeskCore
import CopydeskEngine
import Foundation

/// One document to check as the HTTP service's `POST /v1/check` body and a JSON-lines record give
/// it: `{text, format?, path?, referenceDate?, minLevel?}` (a record adds `id`). One parser for
/// both, so that the two surfaces accept the same fields with the same errors. A field added for
/// every surface (a configuration profile, say) is added here.
public struct CheckRequest: Sendable, Equatable {
    public var text: String
    public var format: DocumentFormat?
    public var path: String?
    public var referenceDate: DocumentDate?
    public var minLevel: Level?

    /// A field that is missing, of the wrong type or has a value Copydesk cannot read.
    public struct FieldError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The field's name, or nil when the whole value is wrong (not an object).
        public var field: String?
        public var message: String
        public var description: String { field.map { "`\($0)`: \(message)" } ?? message }
    }

    /// The fields every surface reads; `extraFields` are those one surface adds (a record's `id`).
    public static let fields = ["text", "format", "path", "referenceDate", "minLevel"]

    /// Reads a request from a decoded JSON value; `formatRequired` makes `format` mandatory (the
    /// HTTP service, whose documents have no file name to tell it).
    public init(json: JSONValue, extraFields: Set<String> = [], formatRequired: Bool = false) throws {
        guard let members = json.objectValue else {
            throw FieldError(field: nil, message: "the request must be a JSON object such as {\"text\": \"…\", \"format\": \"markdown\"}")
        }
        for name in members.keys.sorted() where !CheckRequest.fields.contains(name) && !extraFields.contains(name) {
            let known = (CheckRequest.fields + extraFields.sorted()).joined(separator: ", ")
            throw FieldError(field: name, message: "unknown field (known fields: \(known))")
        }
        guard let textValue = members["text"] else { throw FieldError(field: "text", message: "missing: the document's text is required") }
        guard let text = textValue.stringValue else { throw FieldError(field: "text", message: "must be a string") }
        self.text = text
        switch members["format"] {
        case nil, .null?:
            if formatRequired { throw FieldError(field: "format", message: "missing: one of text, markdown, html") }
        case .string(let name)?:
            guard let format = DocumentFormat(rawValue: name) else {
                throw FieldError(field: "format", message: "`\(name)` is not one of text, markdown, html")
            }
            self.format = format
        default:
            throw FieldError(field: "format", message: "must be a string: text, markdown or html")
        }
        switch members["path"] {
        case nil, .null?: break
        case .string(let path)?:
            guard !path.isEmpty, !path.utf8.contains(0) else { throw FieldError(field: "path", message: "must be a non-empty path") }
            self.path = path
        default: throw FieldError(field: "path", message: "must be a string")
        }
        switch members["referenceDate"] {
        case nil, .null?: break
        case .string(let date)?:
            guard let parsed = DocumentDate(parsing: date) else {
                throw FieldError(field: "referenceDate", message: "`\(date)` is not an ISO 8601 date such as 2025-12-06 or 2025-12-06T09:30:00Z")
            }
            referenceDate = parsed
        default: throw FieldError(field: "referenceDate", message: "must be a string (ISO 8601)")
        }
        switch members["minLevel"] {
        case nil, .null?: break
        case .string(let name)?:
            guard let level = Level(rawValue: name) else { throw FieldError(field: "minLevel", message: "`\(name)` is not one of note, warning, error") }
            minLevel = level
        default: throw FieldError(field: "minLevel", message: "must be a string: note, warning or error")
        }
    }

    /// Decodes JSON text into a value, with a message that says where it broke.
    public static func decode(_ bytes: [UInt8]) throws -> JSONValue {
        let data = Data(bytes)
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            // JSONSerialization says where the text broke ("Invalid value around character 5"); the
            // decoder does not. Asked only on this path, so well-formed requests pay nothing.
            var detail = "\(error)"
            do { _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) } catch let parse as NSError {
                detail = parse.userInfo[NSDebugDescriptionErrorKey] as? String ?? parse.localizedDescription
            }
            throw FieldError(field: nil, message: "not valid JSON: \(detail)")
        }
    }

    /// The document path to lint under: the request's, else one whose extension gives the format.
    public func documentPath(default stem: String) -> String {
        if let path { return path }
        switch format {
        case .markdown?: return stem + ".md"
        case .html?: return stem + ".html"
        default: return stem + ".txt"
        }
    }

    /// The engine's input for this request.
    public func input(pathStem: String, defaultReferenceDate: DocumentDate? = nil, defaultMinLevel: Level = .note,
                      now: Date = Date()) -> DocumentLinter.Input {
        DocumentLinter.Input(bytes: Array(text.utf8), path: documentPath(default: pathStem), format: format,
                             referenceDate: referenceDate ?? defaultReferenceDate, minLevel: minLevel ?? defaultMinLevel, now: now)
    }
}
