/// The version Copydesk reports in its output.
public enum CopydeskVersion {
    public static let current = "0.1.0"
}
