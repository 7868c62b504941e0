import CopydeskCore
import Foundation

/// JSON-RPC 2.0 messages framed as the Language Server Protocol frames them: `Content-Length: N`
/// headers, a blank line, then N bytes of JSON. Reads from one file descriptor, writes whole
/// messages to another (from any thread).
public final class JSONRPCConnection: @unchecked Sendable {
    /// JSON-RPC error codes.
    public enum ErrorCode {
        public static let parseError = -32700
        public static let invalidRequest = -32600
        public static let methodNotFound = -32601
        public static let invalidParams = -32602
        public static let internalError = -32603
        /// LSP: a request before `initialize`.
        public static let serverNotInitialized = -32002
    }

    /// What reading the next message gave.
    public enum Incoming {
        case message(JSONValue)
        /// A frame whose body is not JSON, or whose headers cannot be read: answered with an error
        /// by the caller, and the connection goes on with the next frame.
        case malformed(String)
    }

    private let input: Int32
    private let output: Int32
    private let writeLock = NSLock()
    private var buffer: [UInt8] = []
    private var position = 0
    /// Largest message accepted; a larger one is skipped and reported.
    public let maxMessageBytes: Int

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, maxMessageBytes: Int = 64 << 20) {
        self.input = input
        self.output = output
        self.maxMessageBytes = maxMessageBytes
    }

    /// The next message, or nil at the end of the input.
    public func read() -> Incoming? {
        var contentLength: Int?
        var sawHeader = false
        while true {
            guard let line = readLine() else { return nil }
            if line.isEmpty {
                if !sawHeader { continue }
                break
            }
            sawHeader = true
            let text = String(decoding: line, as: UTF8.self)
            guard let colon = text.firstIndex(of: ":") else { return .malformed("a header line without a colon: \(text.prefix(80))") }
            let name = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let length = Int(value), length >= 0 else { return .malformed("Content-Length `\(value)` is not a number") }
                contentLength = length
            }
        }
        guard let length = contentLength else { return .malformed("a message without a Content-Length header") }
        guard length <= maxMessageBytes else {
            guard skip(length) else { return nil }
            return .malformed("a message of \(length) bytes, over the limit of \(maxMessageBytes)")
        }
        guard let body = readBytes(length) else { return nil }
        do {
            return .message(try JSONDecoder().decode(JSONValue.self, from: Data(body)))
        } catch {
            return .malformed("the message is not JSON")
        }
    }

    /// Writes one message.
    public func send(_ message: JSONValue) {
        let body = Array(message.canonicalJSON.utf8)
        var frame = Array("Content-Length: \(body.count)\r\n\r\n".utf8)
        frame.append(contentsOf: body)
        writeLock.lock()
        defer { writeLock.unlock() }
        frame.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(output, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }

    public func respond(to id: JSONValue, result: JSONValue) {
        send(.object(["jsonrpc": "2.0", "id": id, "result": result]))
    }

    public func respond(to id: JSONValue, errorCode: Int, message: String) {
        send(.object(["jsonrpc": "2.0", "id": id, "error": .object(["code": .int(errorCode), "message": .string(message)])]))
    }

    public func notify(_ method: String, _ params: JSONValue) {
        send(.object(["jsonrpc": "2.0", "method": .string(method), "params": params]))
    }

    // MARK: Reading

    private func fill() -> Bool {
        if position > 0 && position == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            position = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }

    /// A header line without its CR LF (a bare LF is accepted too).
    private func readLine() -> [UInt8]? {
        var line: [UInt8] = []
        while true {
            if position == buffer.count, !fill() { return line.isEmpty ? nil : line }
            let byte = buffer[position]
            position += 1
            if byte == 0x0A {
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if line.count < 8192 { line.append(byte) }
        }
    }

    private func readBytes(_ count: Int) -> [UInt8]? {
        while buffer.count - position < count { guard fill() else { return nil } }
        let bytes = Array(buffer[position..<position + count])
        position += count
        return bytes
    }

    private func skip(_ count: Int) -> Bool {
        var remaining = count
        while remaining > 0 {
            if position == buffer.count, !fill() { return false }
            let taken = min(remaining, buffer.count - position)
            position += taken
            remaining -= taken
        }
        return true
    }
}
