import CopydeskCore
import Foundation

/// The Moon's phase and the Sun's place, computed (Meeus, "Astronomical Algorithms", chapters 25 and
/// 47, the main periodic terms: a few hundredths of a degree), for the Hindu festivals that follow
/// the lunar days (tithis) of a lunisolar month ICU has no calendar for: Diwali and Holi.
enum LunarPhase {
    /// The Julian Day of `hour` (UTC) on a date.
    static func julianDay(_ date: DocumentDate, hour: Double) -> Double {
        2440587.5 + Double(date.dayNumber) + hour / 24
    }

    /// The Sun's apparent ecliptic longitude in degrees, 0–360.
    static func sunLongitude(julianDay jd: Double) -> Double {
        let t = (jd - 2451545.0) / 36525
        let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
        let m = radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
        let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m)
        let omega = radians(125.04 - 1934.136 * t)
        return normalised(l0 + c - 0.00569 - 0.00478 * sin(omega))
    }

    /// The Moon's ecliptic longitude less the Sun's, in degrees, 0–360: 0 at new moon, 180 at full moon.
    static func elongation(julianDay jd: Double) -> Double {
        let t = (jd - 2451545.0) / 36525
        let lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t * t
        let d = radians(297.8501921 + 445267.1114034 * t - 0.0018819 * t * t)
        let m = radians(357.5291092 + 35999.0502909 * t - 0.0001536 * t * t)
        let mp = radians(134.9633964 + 477198.8675055 * t + 0.0087414 * t * t)
        let f = radians(93.2720950 + 483202.0175233 * t - 0.0036539 * t * t)
        let e = 1 - 0.002516 * t - 0.0000074 * t * t
        // (D, M, M', F, coefficient in millionths of a degree) of the largest terms of Meeus's table 47.A.
        let terms: [(Double, Double, Double, Double, Double)] = [
            (0, 0, 1, 0, 6288774), (2, 0, -1, 0, 1274027), (2, 0, 0, 0, 658314), (0, 0, 2, 0, 213618),
            (0, 1, 0, 0, -185116), (0, 0, 0, 2, -114332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
            (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
            (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
            (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
            (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
            (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
            (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
            (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
            (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215), (0, 0, 2, 2, -1110), (3, 0, -1, 0, -892),
        ]
        var sum = 0.0
        for (cd, cm, cmp, cf, coefficient) in terms {
            let eccentricity = abs(cm) == 2 ? e * e : abs(cm) == 1 ? e : 1
            sum += coefficient * eccentricity * sin(cd * d + cm * m + cmp * mp + cf * f)
        }
        let a1 = radians(119.75 + 131.849 * t), a2 = radians(53.09 + 479264.290 * t)
        sum += 3958 * sin(a1) + 1962 * sin(radians(lp) - f) + 318 * sin(a2)
        let moon = lp + sum / 1_000_000
        let omega = radians(125.04452 - 1934.136261 * t)
        // The Moon's apparent longitude (with the nutation in longitude) less the Sun's.
        return normalised(moon - 0.00478 * sin(omega) - sunLongitude(julianDay: jd))
    }

    /// Diwali (Lakshmi Puja): the day whose Delhi dusk (12:40 UTC) falls in the new-moon lunar day
    /// (Amavasya, elongation 348–360°) that ends the lunar month in which the Sun enters sidereal
    /// Libra (tropical longitude 180° plus the Lahiri ayanamsa).
    static func diwali(_ year: Int) -> DocumentDateParts? {
        guard (1600...2400).contains(year) else { return nil }
        let ingress = 180 + ayanamsa(year)
        let dusk = 12.0 + 40.0 / 60
        for offset in 0..<75 {
            let day = DocumentDate(year: year, month: 10, day: 1).adding(days: offset)
            let jd = julianDay(day, hour: dusk)
            let phase = elongation(julianDay: jd)
            guard phase >= 348 else { continue }
            // The new moon, about (360° - phase) / 12.19° a day later, must find the Sun in Libra.
            guard sunLongitude(julianDay: jd + (360 - phase) / 12.19) >= ingress else { continue }
            return DocumentDateParts(year: day.year, month: day.month, day: day.day)
        }
        return nil
    }

    /// Holi (Dhulandi): the day after Holika Dahan, the bonfire on the full-moon evening of Phalguna,
    /// the lunar month in which the Sun enters sidereal Pisces. The bonfire waits for the later half
    /// of the full-moon lunar day (after Bhadra): it is on the evening before the full moon's Indian
    /// date when the elongation has reached 170° by then (13:30 UTC, evening twilight in Delhi),
    /// else on that date.
    static func holi(_ year: Int) -> DocumentDateParts? {
        guard (1600...2400).contains(year) else { return nil }
        let ingress = normalised(330 + ayanamsa(year))
        // The full moon nearest the Sun's entry into Pisces (mid-March): the middle of that month.
        var best: (instant: Double, distance: Double)?
        var jd = julianDay(DocumentDate(year: year, month: 2, day: 1), hour: 0)
        let end = julianDay(DocumentDate(year: year, month: 4, day: 30), hour: 0)
        var previous = elongation(julianDay: jd)
        while jd < end {
            let next = elongation(julianDay: jd + 0.25)
            if previous < 180, next >= 180 {
                var (low, high) = (jd, jd + 0.25)
                for _ in 0..<30 {
                    let middle = (low + high) / 2
                    if elongation(julianDay: middle) < 180 { low = middle } else { high = middle }
                }
                let distance = abs(angle(sunLongitude(julianDay: low) - ingress))
                if best == nil || distance < best!.distance { best = (low, distance) }
            }
            previous = next
            jd += 0.25
        }
        guard let fullMoon = best?.instant else { return nil }
        let indianDay = DocumentDate(dayNumber: Int((fullMoon + 5.5 / 24 - 2440587.5).rounded(.down)))
        let eve = indianDay.adding(days: -1)
        let bonfire = elongation(julianDay: julianDay(eve, hour: 13.5)) >= 170 ? eve : indianDay
        let holi = bonfire.adding(days: 1)
        return DocumentDateParts(year: holi.year, month: holi.month, day: holi.day)
    }

    /// The Lahiri ayanamsa (sidereal less tropical longitude) in degrees, to a hundredth.
    static func ayanamsa(_ year: Int) -> Double { 23.853 + 0.013969 * Double(year - 2000) }

    private static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }

    private static func normalised(_ degrees: Double) -> Double {
        let r = degrees.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    /// A difference of longitudes in -180…180.
    private static func angle(_ degrees: Double) -> Double {
        let r = normalised(degrees)
        return r > 180 ? r - 360 : r
    }
}
