/// Which elements of an HTML page hold its prose.
public struct HTMLProseSelection: Sendable, Hashable {
    public static let `default` = HTMLProseSelection()
}
