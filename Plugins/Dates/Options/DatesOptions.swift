import CopydeskCore

/// The dates plugin's options: how all-numeric dates are written, and the house style.
struct DatesOptions: PluginOptionSet {
    static let documentation = [
        PluginOption("numericOrder", "How all-numeric dates are written: `mdy` (03/04/2025 is March 4) or `dmy`. Unset: ambiguous ones are reported."),
        PluginOption("style", "The house style `dates/house-style` checks: `ap` (Dec. 6, 2025; the default) or `dmy` (6 December 2025)."),
    ]

    /// Nil: all-numeric dates whose order is ambiguous are reported.
    var numericOrder: NumericOrder?
    var houseStyle: HouseStyle

    init(options: JSONValue) throws {
        let members = options.objectValue ?? [:]
        for key in members.keys where key != "numericOrder" && key != "style" {
            throw PluginOptionError(option: key, message: "unknown option; the dates plugin takes `numericOrder` and `style`")
        }
        if let raw = members["numericOrder"] {
            guard let text = raw.stringValue, let order = NumericOrder(rawValue: text.lowercased()) else {
                throw PluginOptionError(option: "numericOrder", message: "must be `mdy` or `dmy`")
            }
            numericOrder = order
        } else {
            numericOrder = nil
        }
        if let raw = members["style"] {
            guard let text = raw.stringValue, let style = HouseStyle(rawValue: text.lowercased()) else {
                throw PluginOptionError(option: "style", message: "must be `ap` or `dmy`")
            }
            houseStyle = style
        } else {
            houseStyle = .ap
        }
    }
}
