/// A list file that could not be read or understood.
public enum SanctionsListError: Error, CustomStringConvertible, Sendable {
    case unreadable(String)
    case malformed(String, String)
    case unknownFormat(String)
    case shrank(String, previous: Int, now: Int)

    public var description: String {
        switch self {
        case .unreadable(let path): return "cannot read sanctions list file \(path)"
        case .malformed(let path, let why): return "sanctions list file \(path): \(why)"
        case .unknownFormat(let format): return "unknown sanctions list format `\(format)`"
        case .shrank(let list, let previous, let now):
            return "\(list) now has \(now) entries against \(previous) last time: a list does not shrink that much between two editions, so the file is probably truncated or wrong; the previous index is kept"
        }
    }
}
