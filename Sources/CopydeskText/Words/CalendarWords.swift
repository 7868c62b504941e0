/// Month and weekday names as English news copy writes them, shared by every plugin that reads
/// dates (`dates`, `stale-timestamps`) or must not mistake them for something else (`attribution`).
public enum CalendarWords {
    /// Month names and their abbreviations (AP and common), lowercased, to month number.
    public static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// Month abbreviations, which take a period in AP style.
    public static let monthAbbreviations: Set<String> = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"]

    /// Full month names by number (index 0 unused).
    public static let monthNames = ["", "January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    /// AP style month forms by number (index 0 unused): abbreviated with a period before a day,
    /// except the short months.
    public static let apMonthForms = ["", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                                      "Oct.", "Nov.", "Dec."]

    /// Weekday names and abbreviations, lowercased, to ISO weekday (1 = Monday).
    public static let weekdays: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    /// Weekday abbreviations.
    public static let weekdayAbbreviations: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Full weekday names by ISO weekday (index 0 unused).
    public static let weekdayNames = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
