import Foundation

/// A plugin with something to say about the run as a whole rather than about a file, such as data
/// that is out of date. The runner asks once per run and reports each notice once, as a tool
/// notification that names no file.
public protocol RunNoticing {
    /// The notices for a run whose "now" is `now`.
    func runNotices(now: Date) -> [ToolProblem]
}
