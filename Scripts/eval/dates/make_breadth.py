#!/usr/bin/env python3
"""Writes Tests/DatesPluginTests/Fixtures/breadth/breadth.jsonl, the dates breadth set of issue #19.

Every sentence is written for this set. Values are computed here rather than typed, so that
they can be checked: relative days from the reference date with datetime, movable holidays from
calendar libraries (pip install hijridate convertdate lunarcalendar ephem python-dateutil):
Islamic dates by the Umm al-Qura calendar (hijridate), Hebrew dates by convertdate's Hebrew
calendar, Chinese dates by lunarcalendar, Easter by dateutil (Western and Orthodox), and Diwali
as the day whose dusk in Delhi falls in the new-moon tithi (Amavasya) of Kartika, with ephem.

Conventions (those the dates plugin already emits, TempEval-3 where it is silent):
- times are TIME values anchored to a day (2026-03-11T19:00); parts of day use TMO/TAF/TEV/TNI;
- a range or interval is scored by its first point (June 4-6 -> 2026-06-04, 10am-2pm -> T10:00,
  between six and nine months -> P6M): a tagger that tags each end, or the whole range with its
  start, is right;
- "in" or "from now" with a unit of a day or more is a point at that unit (in six months -> 2026-09,
  in two weeks' time -> the week); with a smaller unit it stays a DURATION (in half an hour -> PT30M);
- midnight ends the day it names (midnight tonight -> the next day T00:00);
- holidays are the day itself (a Jewish holiday is the first full day, not the eve);
- mod (START, END, ...) is not part of the value;
- not-dates have value and type null: no expression may overlap the phrase.

Usage: make_breadth.py [OUTPUT]
"""
import datetime as dt
import json
import math
import sys
from pathlib import Path

import ephem
from convertdate import hebrew
from dateutil import easter
from hijridate import Hijri
from lunarcalendar import Converter, Lunar

REFERENCE = dt.date(2026, 3, 11)
assert REFERENCE.strftime("%A") == "Wednesday"


def day(offset=0, base=REFERENCE):
    return (base + dt.timedelta(days=offset)).isoformat()


def at(offset, clock, base=REFERENCE):
    return f"{day(offset, base)}T{clock}"


def week(offset=0, base=REFERENCE):
    year, number, _ = (base + dt.timedelta(weeks=offset)).isocalendar()
    return f"{year}-W{number:02d}"


def iso(y, m, d):
    return dt.date(y, m, d).isoformat()


def nth_weekday(year, month, weekday, n):
    """The nth (1-based; -1 = last) weekday (Monday = 0) of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def islamic(year, month, d):
    return Hijri(year, month, d).to_gregorian().isoformat()


def jewish(year, month, d):
    return iso(*hebrew.to_gregorian(year, month, d))


def chinese(year, month, d):
    solar = Converter.Lunar2Solar(Lunar(year, month, d, isleap=False))
    return iso(solar.year, solar.month, solar.day)


def western_easter(year, offset=0):
    return (easter.easter(year) + dt.timedelta(days=offset)).isoformat()


def orthodox_easter(year):
    return easter.easter(year, easter.EASTER_ORTHODOX).isoformat()


def diwali(year):
    """Lakshmi Puja: the first day from 10 Oct whose dusk in Delhi (12:40 UTC) falls in Amavasya,
    the new-moon tithi (Moon-Sun elongation 348-360 degrees), within Kartika (new moon after 15 Oct)."""
    d = dt.date(year, 10, 15)
    while True:
        t = ephem.Date(dt.datetime(d.year, d.month, d.day, 12, 40))
        elongation = math.degrees(ephem.Ecliptic(ephem.Moon(t)).lon - ephem.Ecliptic(ephem.Sun(t)).lon) % 360
        if elongation >= 348:
            return d.isoformat()
        d += dt.timedelta(days=1)


# Cross-checks against published dates.
assert islamic(1447, 10, 1) == "2026-03-20"      # Eid al-Fitr 2026
assert islamic(1446, 12, 10) == "2025-06-06"     # Eid al-Adha 2025
assert jewish(5786, 1, 15) == "2026-04-02"       # Passover 2026 (seder the evening before)
assert jewish(5786, 7, 1) == "2025-09-23"        # Rosh Hashanah 2025
assert chinese(2026, 1, 1) == "2026-02-17"       # Year of the Horse
assert orthodox_easter(2026) == "2026-04-12"
assert diwali(2023) == "2023-11-12" and diwali(2025) == "2025-10-20" and diwali(2026) == "2026-11-08"

rows = []


def add(category, text, phrase, value, kind, reference=REFERENCE):
    assert text.count(phrase) >= 1, (text, phrase)
    rows.append({"category": category, "text": text, "referenceDate": reference.isoformat(),
                 "phrase": phrase, "value": value, "type": kind})


def not_date(text, phrase):
    add("not-date", text, phrase, None, None)


# --- Clock times -------------------------------------------------------------------------------
C = "clock"
add(C, "Doors open at 7pm and the first band is on stage by eight.", "7pm", at(0, "19:00"), "TIME")
add(C, "The council meeting resumes at 7.30pm in the main chamber.", "7.30pm", at(0, "19:30"), "TIME")
add(C, "Kick-off 19:45, with the stadium gates opening an hour before.", "19:45", at(0, "19:45"), "TIME")
add(C, "The match starts at 19h45 local time in Lyon.", "19h45", at(0, "19:45"), "TIME")
add(C, "The minister is expected to speak at 0930 GMT.", "0930 GMT", at(0, "09:30"), "TIME")
add(C, "The last train leaves at ten forty tonight, so plan around it.", "ten forty tonight", at(0, "22:40"), "TIME")
add(C, "We were told to be at the gate by quarter to six in the morning.", "quarter to six in the morning", at(0, "05:45"), "TIME")
add(C, "The polls close at half past nine tonight and counting begins straight away.", "half past nine tonight", at(0, "21:30"), "TIME")
add(C, "The vote is scheduled for 9:30 tomorrow morning.", "9:30 tomorrow morning", at(1, "09:30"), "TIME")
add(C, "Markets in Tokyo opened at 9am on Thursday after the holiday.", "9am on Thursday", at(-6, "09:00"), "TIME")
add(C, "The press conference is set for 11 a.m. on Friday.", "11 a.m. on Friday", at(2, "11:00"), "TIME")
add(C, "Police said the collision happened at about 6.15am.", "6.15am", at(0, "06:15"), "TIME")
add(C, "The fire alarm went off at 3:42 a.m., residents said.", "3:42 a.m.", at(0, "03:42"), "TIME")
add(C, "Results are due at noon tomorrow.", "noon tomorrow", at(1, "12:00"), "TIME")
add(C, "The bar must close by midnight tonight.", "midnight tonight", at(1, "00:00"), "TIME")
add(C, "Flight BA117 lands at 14:05 on Monday.", "14:05 on Monday", at(5, "14:05"), "TIME")
add(C, "The trading halt was lifted at 2.30 this afternoon.", "2.30 this afternoon", at(0, "14:30"), "TIME")
add(C, "Lunch is served from 12.15 in the canteen.", "12.15", at(0, "12:15"), "TIME")
add(C, "The strike begins at 6am tomorrow.", "6am tomorrow", at(1, "06:00"), "TIME")
add(C, "Our reporter filed the story at 10:07pm last night.", "10:07pm last night", at(-1, "22:07"), "TIME")
add(C, "The ceremony is at four o'clock this afternoon in the town square.", "four o'clock this afternoon", at(0, "16:00"), "TIME")
add(C, "Voting closed at 8 o'clock last night and turnout looked high.", "8 o'clock last night", at(-1, "20:00"), "TIME")
add(C, "The launch window opens at 0400 UTC.", "0400 UTC", at(0, "04:00"), "TIME")
add(C, "The rally was called for 17:00 outside parliament.", "17:00", at(0, "17:00"), "TIME")
add(C, "Barriers go up at 5:30pm today for the marathon.", "5:30pm today", at(0, "17:30"), "TIME")
add(C, "The earthquake struck at 04:17 local time on Tuesday.", "04:17 local time on Tuesday", at(-1, "04:17"), "TIME")
add(C, "He rang the newsroom at quarter past eleven this morning.", "quarter past eleven this morning", at(0, "11:15"), "TIME")
add(C, "Festival gates close at half past ten tonight.", "half past ten tonight", at(0, "22:30"), "TIME")
add(C, "The auction ends at twenty to nine this evening.", "twenty to nine this evening", at(0, "20:40"), "TIME")
add(C, "Ambulances arrived at ten past four this morning, witnesses said.", "ten past four this morning", at(0, "04:10"), "TIME")
add(C, "The budget statement will begin at 12.30pm on Thursday.", "12.30pm on Thursday", at(1, "12:30"), "TIME")
add(C, "Gates open at 6 pm sharp and latecomers will not be admitted.", "6 pm", at(0, "18:00"), "TIME")
add(C, "The ferry departs at 7:05AM from pier three.", "7:05AM", at(0, "07:05"), "TIME")
add(C, "Talks broke down shortly after 1am on Sunday.", "1am on Sunday", at(-3, "01:00"), "TIME")
add(C, "The verdict was read at 3pm on March 2.", "3pm on March 2", iso(2026, 3, 2) + "T15:00", "TIME")
add(C, "The shuttle leaves at 9:15 on Friday morning.", "9:15 on Friday morning", at(2, "09:15"), "TIME")
add(C, "Evacuation began at 2300 hours on Monday.", "2300 hours on Monday", at(-2, "23:00"), "TIME")
add(C, "Service resumes at 05:30 tomorrow.", "05:30 tomorrow", at(1, "05:30"), "TIME")
add(C, "We go live at 8pm tonight with the first exit poll.", "8pm tonight", at(0, "20:00"), "TIME")
add(C, "The hearing adjourned at 4.45pm and resumes on Thursday.", "4.45pm", at(0, "16:45"), "TIME")
add(C, "The bakery opens at seven in the morning.", "seven in the morning", at(0, "07:00"), "TIME")
add(C, "Officers were called at about nine in the evening.", "nine in the evening", at(0, "21:00"), "TIME")
add(C, "The bells rang out at 12 noon on Sunday.", "12 noon on Sunday", at(-3, "12:00"), "TIME")
add(C, "Polling stations open at 7 a.m. tomorrow.", "7 a.m. tomorrow", at(1, "07:00"), "TIME")
add(C, "The sirens sounded at 06h30 in Marseille.", "06h30", at(0, "06:30"), "TIME")
add(C, "The bridge will be closed from 10pm on Saturday.", "10pm on Saturday", at(3, "22:00"), "TIME")
add(C, "The announcement came at 1530 GMT yesterday.", "1530 GMT yesterday", at(-1, "15:30"), "TIME")
add(C, "Staff must clock in by 8.55am on Monday for the audit.", "8.55am on Monday", at(5, "08:55"), "TIME")
add(C, "The final whistle blew at 9.52pm in Madrid.", "9.52pm", at(0, "21:52"), "TIME")
add(C, "The comet is best seen at around 5am on Thursday.", "5am on Thursday", at(1, "05:00"), "TIME")
add(C, "Evening mass is at 6:30 p.m. in the cathedral.", "6:30 p.m.", at(0, "18:30"), "TIME")
add(C, "The storm made landfall at midday on Tuesday.", "midday on Tuesday", at(-1, "12:00"), "TIME")

# Added with the grammar rules of issue #19 (a time placed by a part of the day, a range's shared day).
add(C, "The vigil will begin at eight tonight outside the town hall.", "eight tonight", at(0, "20:00"), "TIME")
add(C, "Kick-off has been moved to 5.30pm on Sunday.", "5.30pm on Sunday", at(4, "17:30"), "TIME")
add(C, "The polls open at 7 a.m. on Thursday.", "7 a.m. on Thursday", at(1, "07:00"), "TIME")
add(C, "The flight departs at 06:10 on Saturday.", "06:10 on Saturday", at(3, "06:10"), "TIME")


# --- Ranges and intervals (scored by the first point) ------------------------------------------
R = "range"
add(R, "The festival runs June 4-6 on the old airfield.", "June 4-6", iso(2026, 6, 4), "DATE")
add(R, "The pop-up clinic is open 10am-2pm today.", "10am-2pm", at(0, "10:00"), "TIME")
add(R, "Deliveries will arrive between 9:15 and 10 on Friday.", "between 9:15 and 10 on Friday", at(2, "09:15"), "TIME")
add(R, "The library will be closed from Monday to Wednesday for repairs.", "from Monday to Wednesday", day(5), "DATE")
add(R, "He played for the club in the 1998-99 season.", "1998-99", "1998", "DATE")
add(R, "Recovery usually takes between six and nine months.", "between six and nine months", "P6M", "DURATION")
add(R, "The ministry promised a decision by end of year.", "by end of year", "2026", "DATE")
add(R, "Sales targets must be met by the end of the quarter.", "by the end of the quarter", "2026-Q1", "DATE")
add(R, "The exhibition runs from 3 to 19 April at the city gallery.", "from 3 to 19 April", iso(2026, 4, 3), "DATE")
add(R, "Roadworks continue through March 20, the council said.", "through March 20", iso(2026, 3, 20), "DATE")
add(R, "The strike will last from Thursday until Saturday.", "from Thursday until Saturday", day(1), "DATE")
add(R, "Registration is open May 1–15 on the council website.", "May 1–15", iso(2026, 5, 1), "DATE")
add(R, "The summit takes place 12-14 October in Geneva.", "12-14 October", iso(2026, 10, 12), "DATE")
add(R, "She served as mayor from 2014 to 2019.", "from 2014 to 2019", "2014", "DATE")
add(R, "The company's 2024-25 results beat forecasts.", "2024-25", "2024", "DATE")
add(R, "Today the office is open 9:00-17:30 only.", "9:00-17:30", at(0, "09:00"), "TIME")
add(R, "The road will be shut tonight between 8pm and 6am for resurfacing.", "between 8pm and 6am", at(0, "20:00"), "TIME")
add(R, "Trials will run for three to five days.", "three to five days", "P3D", "DURATION")
add(R, "Expect delays of 20 to 30 minutes on the ring road.", "20 to 30 minutes", "PT20M", "DURATION")
add(R, "The project took between two and three years to complete.", "between two and three years", "P2Y", "DURATION")
add(R, "The market will be held Thursday through Sunday in the square.", "Thursday through Sunday", day(1), "DATE")
add(R, "Applications are accepted until the end of the month.", "until the end of the month", "2026-03", "DATE")
add(R, "The gallery will be closed Dec 24-26.", "Dec 24-26", iso(2026, 12, 24), "DATE")
add(R, "The fund grew strongly between 2010 and 2015.", "between 2010 and 2015", "2010", "DATE")
add(R, "Talks are expected to last from Tuesday to Thursday next week.", "from Tuesday to Thursday next week", day(6), "DATE")
add(R, "The matinee runs from 2pm to 4pm on Saturday.", "from 2pm to 4pm on Saturday", at(3, "14:00"), "TIME")
add(R, "The consultation closes by the end of next month.", "by the end of next month", "2026-04", "DATE")
add(R, "The 2019-2021 survey found little change.", "2019-2021", "2019", "DATE")
add(R, "The vote is expected by the end of the week.", "by the end of the week", week(0), "DATE")
add(R, "The pier reopens in late spring after repairs.", "late spring", "2026-SP", "DATE")
add(R, "The team trained from 7 until 9 on Tuesday evening.", "from 7 until 9 on Tuesday evening", at(-1, "19:00"), "TIME")
add(R, "Prices rose 4% in the three months to February.", "the three months to February", "P3M", "DURATION")
add(R, "The festival takes place over four days in July.", "four days", "P4D", "DURATION")
add(R, "The bridge will be closed for up to six weeks.", "up to six weeks", "P6W", "DURATION")
add(R, "Trains are replaced by buses from Saturday 14 March to Sunday 22 March.", "from Saturday 14 March to Sunday 22 March", iso(2026, 3, 14), "DATE")
add(R, "The scheme ran from January through April of last year.", "from January through April of last year", "2025-01", "DATE")
add(R, "Weekend engineering works run from Friday night to Monday morning.", "from Friday night to Monday morning", at(2, "NI"), "TIME")
add(R, "Waiting times fell during the second half of the year.", "the second half of the year", "2026-H2", "DATE")
add(R, "The pool is open 6.30am-9pm today after the repairs.", "6.30am-9pm", at(0, "06:30"), "TIME")
add(R, "The survey covers the period 2000–2010.", "2000–2010", "2000", "DATE")
add(R, "He was in custody for between 12 and 18 hours.", "between 12 and 18 hours", "PT12H", "DURATION")
add(R, "The ban stays in place until at least April 30.", "until at least April 30", iso(2026, 4, 30), "DATE")
add(R, "Turnout was higher in the 2010s than in the 2000s.", "the 2010s", "201", "DATE")
add(R, "Officials hope to finish the count by Friday afternoon.", "by Friday afternoon", at(2, "AF"), "TIME")
add(R, "The inquiry will sit from 10 a.m. to 4 p.m. tomorrow.", "from 10 a.m. to 4 p.m. tomorrow", at(1, "10:00"), "TIME")
add(R, "Rents have doubled over the past 10 years.", "the past 10 years", "P10Y", "DURATION")
add(R, "The clinic is closed between Christmas and New Year.", "between Christmas and New Year", iso(2026, 12, 25), "DATE")
add(R, "Fares are frozen from now until June.", "from now until June", "PRESENT_REF", "DATE")
add(R, "The regulator gave firms until mid-April to respond.", "until mid-April", "2026-04", "DATE")
add(R, "The sale ran Feb 27-Mar 3 in all stores.", "Feb 27-Mar 3", iso(2026, 2, 27), "DATE")

add(R, "The works will take two to three weeks.", "two to three weeks", "P2W", "DURATION")
add(R, "Expect waits of between 40 and 50 minutes.", "between 40 and 50 minutes", "PT40M", "DURATION")
add(R, "The hall is open 8:30-16:00 all week.", "8:30-16:00", at(0, "08:30"), "TIME")
add(R, "The café will open from 8 until 11 on Saturday morning.", "from 8 until 11 on Saturday morning", at(3, "08:00"), "TIME")
add(R, "The exhibition ran from March to June of last year.", "from March to June of last year", "2025-03", "DATE")
add(R, "The office will be shut from 1pm to 3pm on Friday.", "from 1pm to 3pm on Friday", at(2, "13:00"), "TIME")
add(R, "Entries must be in by end of month.", "by end of month", "2026-03", "DATE")


def holi(year):
    """Holi: the day after Holika Dahan, the bonfire on the full-moon evening of Phalguna (the lunar
    month in which the Sun enters sidereal Pisces: its full moon is the one nearest that ingress). The
    bonfire is on the evening before the full moon's Indian (UTC+5:30) date when the Moon-Sun elongation
    has reached 170 degrees by 13:30 UTC then (the later half of the full-moon tithi), else on that date."""
    ingress = (330 + 23.853 + 0.013969 * (year - 2000)) % 360
    moons, moon = [], ephem.next_full_moon(f"{year}/2/1")
    while moon.datetime().year == year and moon.datetime().month <= 4:
        sun = math.degrees(ephem.Ecliptic(ephem.Sun(moon)).lon)
        moons.append((abs((sun - ingress + 180) % 360 - 180), moon.datetime()))
        moon = ephem.next_full_moon(ephem.Date(moon + 1))
    full = min(moons)[1]
    indian = (full + dt.timedelta(hours=5.5)).date()
    eve = indian - dt.timedelta(days=1)
    t = ephem.Date(dt.datetime(eve.year, eve.month, eve.day, 13, 30))
    elongation = math.degrees(ephem.Ecliptic(ephem.Moon(t)).lon - ephem.Ecliptic(ephem.Sun(t)).lon) % 360
    return ((eve if elongation >= 170 else indian) + dt.timedelta(days=1)).isoformat()


# Published dates of Holi.
assert [holi(y) for y in (2016, 2020, 2024, 2025)] == ["2016-03-24", "2020-03-10", "2024-03-25", "2025-03-14"]
assert holi(2026) == "2026-03-04"
assert nth_weekday(2013, 11, 3, 4) + dt.timedelta(days=1) == dt.date(2013, 11, 29)   # Black Friday 2013

# --- Holidays ----------------------------------------------------------------------------------
H = "holiday"
add(H, "Shops in Dubai will stay open late before Eid al-Fitr.", "Eid al-Fitr", islamic(1447, 10, 1), "DATE")
add(H, "Eid al-Fitr 2026 falls on a Friday, the ministry said.", "Eid al-Fitr 2026", islamic(1447, 10, 1), "DATE")
add(H, "Flights to Jeddah are already full for Eid al-Adha.", "Eid al-Adha", islamic(1447, 12, 10), "DATE")
add(H, "Prices of sheep rose sharply ahead of Eid al-Adha 2025.", "Eid al-Adha 2025", islamic(1446, 12, 10), "DATE")
add(H, "Families gathered for the first day of Ramadan last month.", "the first day of Ramadan", islamic(1447, 9, 1), "DATE")
add(H, "The start of Ramadan next year is expected around early February.", "The start of Ramadan next year", islamic(1448, 9, 1), "DATE")
add(H, "Ceasefire talks will pause for Eid ul-Fitr this year.", "Eid ul-Fitr this year", islamic(1447, 10, 1), "DATE")
add(H, "The Islamic New Year will be a public holiday in Malaysia.", "Islamic New Year", islamic(1448, 1, 1), "DATE")
add(H, "Processions are planned for Ashura this summer.", "Ashura", islamic(1448, 1, 10), "DATE")
add(H, "Diwali will be celebrated with a light show on the river.", "Diwali", diwali(2026), "DATE")
add(H, "Retailers expect record sales around Diwali 2027.", "Diwali 2027", diwali(2027), "DATE")
add(H, "Air quality in Delhi fell sharply after Diwali last year.", "Diwali last year", diwali(2025), "DATE")
add(H, "Streets were full of coloured powder at Holi 2026.", "Holi 2026", holi(2026), "DATE")
add(H, "Hotels in Eilat are fully booked for Passover.", "Passover", jewish(5786, 1, 15), "DATE")
add(H, "The ministry expects heavy traffic over Passover 2027.", "Passover 2027", jewish(5787, 1, 15), "DATE")
add(H, "Schools will close for Rosh Hashanah in September.", "Rosh Hashanah", jewish(5787, 7, 1), "DATE")
add(H, "The stock exchange stays open on Yom Kippur this year.", "Yom Kippur", jewish(5787, 7, 10), "DATE")
add(H, "The menorah will be lit in the square on the first day of Hanukkah.", "the first day of Hanukkah", jewish(5787, 9, 25), "DATE")
add(H, "Costumed children filled the streets at Purim last week.", "Purim", jewish(5786, 12, 14), "DATE")
add(H, "The harvest festival of Sukkot begins this autumn.", "Sukkot", jewish(5787, 7, 15), "DATE")
add(H, "Dairy sales peak before Shavuot in May.", "Shavuot", jewish(5787 - 1, 3, 6), "DATE")
add(H, "Greek families will roast lamb for Orthodox Easter.", "Orthodox Easter", orthodox_easter(2026), "DATE")
add(H, "Orthodox Easter 2027 falls a month after the Western one.", "Orthodox Easter 2027", orthodox_easter(2027), "DATE")
add(H, "Serbian churches were packed for Orthodox Christmas this year.", "Orthodox Christmas this year", iso(2026, 1, 7), "DATE")
add(H, "The fireworks on Chinese New Year's Day drew huge crowds last month.", "Chinese New Year's Day", chinese(2026, 1, 1), "DATE")
add(H, "Travel agents are already booking trips for next Chinese New Year.", "next Chinese New Year", chinese(2027, 1, 1), "DATE")
add(H, "Lunar New Year 2028 will usher in the Year of the Monkey.", "Lunar New Year 2028", chinese(2028, 1, 1), "DATE")
add(H, "Mooncake orders open weeks before the Mid-Autumn Festival.", "the Mid-Autumn Festival", chinese(2026, 8, 15), "DATE")
add(H, "Races on the harbour are planned for the Dragon Boat Festival.", "the Dragon Boat Festival", chinese(2026, 5, 5), "DATE")
add(H, "Lanterns lit up the old town for the Lantern Festival last week.", "the Lantern Festival", chinese(2026, 1, 15), "DATE")
add(H, "The office party is the Friday before Xmas.", "Xmas", iso(2026, 12, 25), "DATE")
add(H, "Retailers are bracing for Black Friday this year.", "Black Friday this year", (nth_weekday(2026, 11, 3, 4) + dt.timedelta(days=1)).isoformat(), "DATE")
add(H, "Queues formed outside electronics stores on Black Friday 2013.", "Black Friday 2013", (nth_weekday(2013, 11, 3, 4) + dt.timedelta(days=1)).isoformat(), "DATE")
add(H, "Marches were held across the country on MLK Day in January.", "MLK Day", nth_weekday(2026, 1, 0, 3).isoformat(), "DATE")
add(H, "The sales start on Boxing Day, as usual.", "Boxing Day", iso(2026, 12, 26), "DATE")
add(H, "Traffic is expected to peak on the early May bank holiday Monday.", "the early May bank holiday Monday", nth_weekday(2026, 5, 0, 1).isoformat(), "DATE")
add(H, "Campsites are fully booked for Labor Day weekend.", "Labor Day weekend", week(0, nth_weekday(2026, 9, 0, 1) - dt.timedelta(days=2)) + "-WE", "DATE")
add(H, "The parade will go ahead on St Patrick's Day next week.", "St Patrick's Day", iso(2026, 3, 17), "DATE")
add(H, "Florists are preparing for Mothering Sunday this weekend.", "Mothering Sunday", western_easter(2026, -21), "DATE")
add(H, "Hot cross buns sold out ahead of Good Friday.", "Good Friday", western_easter(2026, -2), "DATE")
add(H, "The museum reopens on Easter Monday.", "Easter Monday", western_easter(2026, 1), "DATE")
add(H, "Pancake races were held on Shrove Tuesday last month.", "Shrove Tuesday", western_easter(2026, -47), "DATE")
add(H, "Ash Wednesday services drew record numbers this year.", "Ash Wednesday", western_easter(2026, -46), "DATE")
add(H, "The bank is closed on Whit Monday.", "Whit Monday", western_easter(2026, 50), "DATE")
add(H, "The hotel is full for Thanksgiving 2026.", "Thanksgiving 2026", nth_weekday(2026, 11, 3, 4).isoformat(), "DATE")
add(H, "Online retailers expect a record Cyber Monday this year.", "Cyber Monday", (nth_weekday(2026, 11, 3, 4) + dt.timedelta(days=4)).isoformat(), "DATE")
add(H, "The fireworks display on New Year's Eve will be the biggest yet.", "New Year's Eve", iso(2026, 12, 31), "DATE")
add(H, "The restaurant was fully booked on Valentine's Day.", "Valentine's Day", iso(2026, 2, 14), "DATE")
add(H, "A concert is planned for Juneteenth on the National Mall.", "Juneteenth", iso(2026, 6, 19), "DATE")
add(H, "Veterans will march on Memorial Day.", "Memorial Day", nth_weekday(2026, 5, 0, -1).isoformat(), "DATE")
add(H, "Wreaths will be laid on Remembrance Sunday.", "Remembrance Sunday", nth_weekday(2026, 11, 6, 2).isoformat(), "DATE")
add(H, "Crowds are expected in Paris for Bastille Day.", "Bastille Day", iso(2026, 7, 14), "DATE")
add(H, "Fireworks sales are restricted until Bonfire Night.", "Bonfire Night", iso(2026, 11, 5), "DATE")
add(H, "The carnival returns on the Fourth of July.", "the Fourth of July", iso(2026, 7, 4), "DATE")
add(H, "The last stores close early on Christmas Eve 2026.", "Christmas Eve 2026", iso(2026, 12, 24), "DATE")
add(H, "Hospital admissions spiked after Halloween last year.", "Halloween last year", iso(2025, 10, 31), "DATE")

add(H, "Fireworks lit up the sky during Diwali 2025.", "Diwali 2025", diwali(2025), "DATE")
add(H, "Colour fights filled the park at Holi last year.", "Holi last year", holi(2025), "DATE")
add(H, "Roads will be busy over the spring bank holiday.", "the spring bank holiday", nth_weekday(2026, 5, 0, -1).isoformat(), "DATE")
add(H, "Hotels are full for Memorial Day weekend.", "Memorial Day weekend", week(0, nth_weekday(2026, 5, 0, -1) - dt.timedelta(days=2)) + "-WE", "DATE")
add(H, "The floods came at Easter in 2019.", "Easter in 2019", western_easter(2019), "DATE")


# --- Compound and relative ---------------------------------------------------------------------
X = "relative"
add(X, "The results will be published the day after tomorrow.", "the day after tomorrow", day(2), "DATE")
add(X, "The contract was signed the day before yesterday.", "the day before yesterday", day(-2), "DATE")
add(X, "The annual meeting is held on the first Monday in June.", "the first Monday in June", nth_weekday(2026, 6, 0, 1).isoformat(), "DATE")
add(X, "Rent is due on the last Friday of the month.", "the last Friday of the month", nth_weekday(2026, 3, 4, -1).isoformat(), "DATE")
add(X, "The new timetable starts Friday after next.", "Friday after next", day(9), "DATE")
add(X, "The trial resumes two Mondays from now.", "two Mondays from now", day(12), "DATE")
add(X, "The board will reconvene in half an hour.", "in half an hour", "PT30M", "DURATION")
add(X, "The suspect was released a fortnight ago.", "a fortnight ago", day(-14), "DATE")
add(X, "The hearing has been moved to the 20th.", "the 20th", iso(2026, 3, 20), "DATE")
add(X, "The invoice was dated the 24th of last month.", "the 24th of last month", iso(2026, 2, 24), "DATE")
add(X, "The bridge reopened three days ago.", "three days ago", day(-3), "DATE")
add(X, "The ruling is expected in two weeks' time.", "in two weeks' time", week(2), "DATE")
add(X, "The company will report earnings a week from Friday.", "a week from Friday", day(9), "DATE")
add(X, "The second Tuesday of next month is polling day.", "The second Tuesday of next month", nth_weekday(2026, 4, 1, 2).isoformat(), "DATE")
add(X, "The minister resigned a week ago today.", "a week ago today", day(-7), "DATE")
add(X, "The store opened five years ago this month.", "five years ago this month", "2021-03", "DATE")
add(X, "The new law takes effect in six months.", "in six months", "2026-09", "DATE")
add(X, "The council met earlier this week to discuss the budget.", "earlier this week", week(0), "DATE")
add(X, "The mayor will visit later this month.", "later this month", "2026-03", "DATE")
add(X, "Shares fell at the start of the week.", "the start of the week", week(0), "DATE")
add(X, "The plant will close at the end of next year.", "the end of next year", "2027", "DATE")
add(X, "The results came out the previous Thursday.", "the previous Thursday", day(-6), "DATE")
add(X, "The cup final is the Saturday after next.", "the Saturday after next", day(10), "DATE")
add(X, "The bill returns to the house on Thursday week.", "Thursday week", day(8), "DATE")
add(X, "The station was evacuated twice in the past 48 hours.", "the past 48 hours", "PT48H", "DURATION")
add(X, "Prices have risen in each of the last three quarters.", "the last three quarters", "P3Q", "DURATION")
add(X, "The verdict is due within the next 24 hours.", "the next 24 hours", "PT24H", "DURATION")
add(X, "The stand-off has now lasted 11 days.", "11 days", "P11D", "DURATION")
add(X, "The report is due on the 1st of next month.", "the 1st of next month", iso(2026, 4, 1), "DATE")
add(X, "The bakery closed a month ago yesterday.", "a month ago yesterday", iso(2026, 2, 10), "DATE")
add(X, "The summit will take place the week after next.", "the week after next", week(2), "DATE")
add(X, "The pilot flew for the first time this past Sunday.", "this past Sunday", day(-3), "DATE")
add(X, "The factory will reopen this coming Monday.", "this coming Monday", day(5), "DATE")
add(X, "The rail line opened exactly ten years ago.", "exactly ten years ago", "2016", "DATE")
add(X, "The minister is due back in a couple of days.", "in a couple of days", day(2), "DATE")
add(X, "The fund was set up in the same month last year.", "the same month last year", "2025-03", "DATE")
add(X, "The debate happened on the last Sunday of February.", "the last Sunday of February", nth_weekday(2026, 2, 6, -1).isoformat(), "DATE")
add(X, "The countdown ends in 90 minutes.", "in 90 minutes", "PT90M", "DURATION")
add(X, "The judge will rule the Monday after Easter.", "the Monday after Easter", western_easter(2026, 1), "DATE")
add(X, "The scheme started a year ago last week.", "a year ago last week", "2025-W10", "DATE")
add(X, "Ticket sales open on the third Thursday of April.", "the third Thursday of April", nth_weekday(2026, 4, 3, 3).isoformat(), "DATE")
add(X, "The first quarter of next year will be tough, analysts warn.", "The first quarter of next year", "2027-Q1", "DATE")
add(X, "Rates were cut on the 5th of this month.", "the 5th of this month", iso(2026, 3, 5), "DATE")
add(X, "The tanker sank two weeks ago on Saturday.", "two weeks ago on Saturday", day(-11), "DATE")
add(X, "The clinic will be ready in a matter of weeks.", "in a matter of weeks", "FUTURE_REF", "DATE")
add(X, "The committee met on the morning of the 3rd.", "the morning of the 3rd", iso(2026, 3, 3) + "TMO", "TIME")
add(X, "Fares go up three weeks from today.", "three weeks from today", day(21), "DATE")
add(X, "Last Monday's fire was the worst in a decade.", "Last Monday", day(-2), "DATE")
add(X, "Gas prices hit a high a year ago this week.", "a year ago this week", "2025-W11", "DATE")
add(X, "The exhibition closes on the last day of the month.", "the last day of the month", iso(2026, 3, 31), "DATE")

add(X, "The board meets again the month after next.", "the month after next", "2026-05", "DATE")
add(X, "The shop closed three years ago this week.", "three years ago this week", "2023-W11", "DATE")
add(X, "The lease ends on the 30th of next month.", "the 30th of next month", iso(2026, 4, 30), "DATE")
add(X, "The museum reopens the Saturday after Easter.", "the Saturday after Easter", western_easter(2026, 6), "DATE")
add(X, "The decision is due in three weeks' time.", "in three weeks' time", week(3), "DATE")
add(X, "The fair opens on the 28th.", "the 28th", iso(2026, 3, 28), "DATE")
add(X, "The parcel should arrive in half a day.", "half a day", "PT12H", "DURATION")
add(X, "The warrant expires a fortnight from today.", "a fortnight from today", day(14), "DATE")


# --- Tense and anchoring -----------------------------------------------------------------------
T = "tense"
add(T, "The report is due out in June.", "June", "2026-06", "DATE")
add(T, "Sales slumped in June, the retailer said.", "June", "2025-06", "DATE")
add(T, "Emissions must fall sharply over the next decade.", "the next decade", "P10Y", "DURATION")
add(T, "She still remembers that March morning in 2019.", "that March morning in 2019", "2019-03", "DATE")
add(T, "The chip is faster than most laptops manage today.", "today", "PRESENT_REF", "DATE")
add(T, "In December, the company cut 400 jobs.", "December", "2025-12", "DATE")
add(T, "The company will cut 400 jobs in December.", "December", "2026-12", "DATE")
add(T, "In February the lake froze for the first time in years.", "February", "2026-02", "DATE")
add(T, "By April the new line will be carrying passengers.", "April", "2026-04", "DATE")
add(T, "On Friday, the court ruled against the landlord.", "Friday", day(-5), "DATE")
add(T, "On Friday, the court will rule on the appeal.", "Friday", day(2), "DATE")
add(T, "Monday's vote will decide the party's leader.", "Monday", day(5), "DATE")
add(T, "The spokesman said on Tuesday that talks had stalled.", "Tuesday", day(-1), "DATE")
add(T, "Officials said on Wednesday that the dam was safe.", "Wednesday", day(0), "DATE")
add(T, "The ship docked on the 14th after a week at sea.", "the 14th", iso(2026, 2, 14), "DATE")
add(T, "The second reading is on the 2nd.", "the 2nd", iso(2026, 4, 2), "DATE")
add(T, "Toy sales were strong at Easter, the chain reported.", "Easter", western_easter(2025), "DATE")
add(T, "The shop will stay open over Easter.", "Easter", western_easter(2026), "DATE")
add(T, "Queues at the airport were long at Christmas.", "Christmas", iso(2025, 12, 25), "DATE")
add(T, "Young people these days rarely buy newspapers.", "these days", "PRESENT_REF", "DATE")
add(T, "The theatre reopened in August after the fire.", "August", "2025-08", "DATE")
add(T, "The bypass is set to open in August.", "August", "2026-08", "DATE")
add(T, "The flooding began in March and has not stopped.", "March", "2026-03", "DATE")
add(T, "Prices peaked in January before easing.", "January", "2026-01", "DATE")
add(T, "He has lived in the village since October.", "October", "2025-10", "DATE")
add(T, "The tunnel won't be finished until November.", "November", "2026-11", "DATE")
add(T, "Growth has slowed over the past decade.", "the past decade", "P10Y", "DURATION")
add(T, "Demand is expected to grow in the coming years.", "the coming years", "FUTURE_REF", "DATE")
add(T, "The band played a secret gig at the weekend.", "the weekend", week(-1) + "-WE", "DATE")
add(T, "The band will play a secret gig at the weekend.", "the weekend", week(0) + "-WE", "DATE")
add(T, "Thursday's match has been sold out for weeks.", "Thursday", day(1), "DATE")
add(T, "Sunday's result left the coalition in doubt.", "Sunday", day(-3), "DATE")
add(T, "Fuel prices fell last quarter.", "last quarter", "2025-Q4", "DATE")
add(T, "Margins improved in the current quarter.", "the current quarter", "2026-Q1", "DATE")
add(T, "The pier was rebuilt that summer in 2021.", "that summer in 2021", "2021-SU", "DATE")
add(T, "It was a bitterly cold January night in 2010.", "January night in 2010", "2010-01", "DATE")
add(T, "The truce held over the Christmas of 1914.", "the Christmas of 1914", "1914-12-25", "DATE")
add(T, "Turnout was low in the previous year's election.", "the previous year", "2025", "DATE")
add(T, "The roof will be replaced by summer.", "summer", "2026-SU", "DATE")
add(T, "The hotel was full all last summer.", "last summer", "2025-SU", "DATE")
add(T, "Orchards flowered early this spring.", "this spring", "2026-SP", "DATE")
add(T, "The winter of 2019 was the mildest on record.", "The winter of 2019", "2019-WI", "DATE")
add(T, "The project is currently behind schedule.", "currently", "PRESENT_REF", "DATE")
add(T, "Such outages were rare in the past.", "the past", "PAST_REF", "DATE")
add(T, "The price of solar panels has fallen recently.", "recently", "PAST_REF", "DATE")
add(T, "The museum opened on New Year's Day.", "New Year's Day", iso(2026, 1, 1), "DATE")
add(T, "The trial starts in September and will last a month.", "September", "2026-09", "DATE")
add(T, "The club was relegated in May.", "May", "2025-05", "DATE")
add(T, "Elections are due in May.", "May", "2026-05", "DATE")
add(T, "The strikes last autumn cost the economy dearly.", "last autumn", "2025-FA", "DATE")
add(T, "The new stadium opens in spring 2027.", "spring 2027", "2027-SP", "DATE")

add(T, "The festival will return in October.", "October", "2026-10", "DATE")
add(T, "Friday's final will be shown live.", "Friday", day(2), "DATE")
add(T, "The parade drew record crowds on St Patrick's Day.", "St Patrick's Day", iso(2025, 3, 17), "DATE")
add(T, "The fine was paid on the 25th.", "the 25th", iso(2026, 2, 25), "DATE")


# --- Numeric forms (only unambiguous day/month orders) -----------------------------------------
N = "numeric"
add(N, "The log shows the file was created on 2015-3-3.", "2015-3-3", "2015-03-03", "DATE")
add(N, "Enrolment figures from 2/2013 show a steady rise.", "2/2013", "2013-02", "DATE")
add(N, "The ledger entry is dated 31/Oct/1974.", "31/Oct/1974", "1974-10-31", "DATE")
add(N, "The passport was issued on 31-Oct-74 in Lagos.", "31-Oct-74", "1974-10-31", "DATE")
add(N, "The band's next gig is on 4/25 at the Roxy.", "4/25", "2026-04-25", "DATE")
add(N, "The invoice is dated 25/12/2025.", "25/12/2025", "2025-12-25", "DATE")
add(N, "The warranty expired on 12/25/2025.", "12/25/2025", "2025-12-25", "DATE")
add(N, "The data set was last refreshed on 2026-03-02.", "2026-03-02", "2026-03-02", "DATE")
add(N, "The leaked memo is dated 28.02.2026.", "28.02.2026", "2026-02-28", "DATE")
add(N, "The build stamped 20260215 contains the fix.", "20260215", "2026-02-15", "DATE")
add(N, "The deadline is 2026/03/15 at midnight.", "2026/03/15", "2026-03-15", "DATE")
add(N, "Forms must be returned by 15-03-2026.", "15-03-2026", "2026-03-15", "DATE")
add(N, "The company will report Q2 2026 earnings in July.", "Q2 2026", "2026-Q2", "DATE")
add(N, "Revenue fell in Q4/2025 on weaker demand.", "Q4/2025", "2025-Q4", "DATE")
add(N, "Losses narrowed in H1 2026, the bank said.", "H1 2026", "2026-H1", "DATE")
add(N, "The team last won the league in '08.", "'08", "2008", "DATE")
add(N, "Grunge dominated the charts in the '90s.", "the '90s", "199", "DATE")
add(N, "The tower was built in the 1890s.", "the 1890s", "189", "DATE")
add(N, "Deliveries are planned for 2026-W14.", "2026-W14", "2026-W14", "DATE")
add(N, "The photo was taken in March '22.", "March '22", "2022-03", "DATE")
add(N, "Sales figures for 3/2026 will be out next week.", "3/2026", "2026-03", "DATE")
add(N, "The towers fell on Sept. 11, 2001.", "Sept. 11, 2001", "2001-09-11", "DATE")
add(N, "The server rebooted at 2026-03-10T14:30.", "2026-03-10T14:30", "2026-03-10T14:30", "TIME")
add(N, "The outage began at 2026-03-09 23:15 and lasted an hour.", "2026-03-09 23:15", "2026-03-09T23:15", "TIME")
add(N, "The market is back on 14/3 after the break.", "14/3", "2026-03-14", "DATE")
add(N, "The pie-eating contest is on 3/14 as always.", "3/14", "2026-03-14", "DATE")
add(N, "The contract was signed on 13.4.2025 in Vienna.", "13.4.2025", "2025-04-13", "DATE")
add(N, "The offer ends 30/6, so act fast.", "30/6", "2026-06-30", "DATE")
add(N, "The lease runs out on 6/30/26.", "6/30/26", "2026-06-30", "DATE")
add(N, "Renewals are due by 30/06/26.", "30/06/26", "2026-06-30", "DATE")
add(N, "The new rules apply from 1-Jan-2027.", "1-Jan-2027", "2027-01-01", "DATE")
add(N, "The firmware dated 2026.04.20 adds the feature.", "2026.04.20", "2026-04-20", "DATE")
add(N, "The manor dates from the 1800s.", "the 1800s", "18", "DATE")
add(N, "The founding charter is dated 2024-7-4.", "2024-7-4", "2024-07-04", "DATE")
add(N, "Inflation peaked in 5/2024 at 9%.", "5/2024", "2024-05", "DATE")
add(N, "The spreadsheet's first entry is Mar-2025.", "Mar-2025", "2025-03", "DATE")
add(N, "The budget for 2026-12 has not been set.", "2026-12", "2026-12", "DATE")
add(N, "Maintenance starts at 12:00 UTC on 2026-03-15.", "12:00 UTC on 2026-03-15", "2026-03-15T12:00", "TIME")
add(N, "The ruling of 17 Feb. 2026 was overturned.", "17 Feb. 2026", "2026-02-17", "DATE")
add(N, "The shipment left port on 21/02/2026.", "21/02/2026", "2026-02-21", "DATE")
add(N, "The policy dates back to 1/1/1999.", "1/1/1999", "1999-01-01", "DATE")
add(N, "Posted 02/28/2026 by the editor.", "02/28/2026", "2026-02-28", "DATE")
add(N, "The museum's sign reads 1887-1889.", "1887-1889", "1887", "DATE")
add(N, "Tickets for 19.03. are sold out.", "19.03.", "2026-03-19", "DATE")
add(N, "The record was set on 2/29/2024.", "2/29/2024", "2024-02-29", "DATE")
add(N, "Sea levels could rise sharply by the 2080s.", "the 2080s", "208", "DATE")
add(N, "Shipments resume in wk 12.", "wk 12", "2026-W12", "DATE")
add(N, "The patch was released on 2025-11-30.", "2025-11-30", "2025-11-30", "DATE")
add(N, "The 20th century saw two world wars.", "The 20th century", "19", "DATE")
add(N, "Payment is due 31 Mar 2026.", "31 Mar 2026", "2026-03-31", "DATE")

add(N, "The certificate is dated 5-Nov-2019.", "5-Nov-2019", "2019-11-05", "DATE")
add(N, "Figures for 2025-11 were revised.", "2025-11", "2025-11", "DATE")
add(N, "The archive file is named 19991231.", "19991231", "1999-12-31", "DATE")
add(N, "Doors open on 24/12 at noon.", "24/12", "2026-12-24", "DATE")
add(N, "He joined the club in '97.", "'97", "1997", "DATE")
add(N, "The logger recorded 2026-02-01T08:05.", "2026-02-01T08:05", "2026-02-01T08:05", "TIME")


# --- Readers' comments and social posts (lower case) -------------------------------------------
S = "social"
add(S, "see you tues at 7pm, bring the tickets", "tues at 7pm", at(6, "19:00"), "TIME")
add(S, "we're doing thanksgiving at my sister's this year", "thanksgiving", nth_weekday(2026, 11, 3, 4).isoformat(), "DATE")
add(S, "already wrapping presents for xmas eve lol", "xmas eve", iso(2026, 12, 24), "DATE")
add(S, "tickets go on sale may 3rd, set an alarm", "may 3rd", iso(2026, 5, 3), "DATE")
add(S, "the lease ends in march 2024 so we moved", "march 2024", "2024-03", "DATE")
add(S, "cant wait for friday night!!", "friday night", at(2, "NI"), "TIME")
add(S, "my flight got cancelled yesterday, third time this month", "yesterday", day(-1), "DATE")
add(S, "anyone going to the gig on saturday?", "saturday", day(3), "DATE")
add(S, "this was posted last wednesday and nobody noticed", "last wednesday", day(-7), "DATE")
add(S, "ok see u tmrw at the station", "tmrw", day(1), "DATE")
add(S, "i'll be there at 8 tonight", "8 tonight", at(0, "20:00"), "TIME")
add(S, "the bins haven't been collected since monday", "monday", day(-2), "DATE")
add(S, "store closes at 9pm on sundays btw", "sundays", "XXXX-WXX-7", "SET")
add(S, "taking a break from this site, see you in january", "january", "2027-01", "DATE")
add(S, "remember when this happened back in 2019? wild", "2019", "2019", "DATE")
add(S, "my mum's birthday is on june 12th", "june 12th", iso(2026, 6, 12), "DATE")
add(S, "the match is thurs night, who's in", "thurs night", at(1, "NI"), "TIME")
add(S, "it's been raining for like 3 weeks straight", "3 weeks", "P3W", "DURATION")
add(S, "we should meet up next weekend", "next weekend", week(1) + "-WE", "DATE")
add(S, "lol this article is from 2 years ago", "2 years ago", "2024", "DATE")
add(S, "going to grandma's for easter sunday", "easter sunday", western_easter(2026), "DATE")
add(S, "the sale starts on black friday, don't miss it", "black friday", (nth_weekday(2026, 11, 3, 4) + dt.timedelta(days=1)).isoformat(), "DATE")
add(S, "new episode drops every thursday", "every thursday", "XXXX-WXX-4", "SET")
add(S, "just got back from the protest this morning", "this morning", at(0, "MO"), "TIME")
add(S, "the concert was on sat and it was amazing", "sat", day(-4), "DATE")
add(S, "parking is free after 6pm fyi", "6pm", at(0, "18:00"), "TIME")
add(S, "eid mubarak to everyone celebrating eid al-fitr!", "eid al-fitr", islamic(1447, 10, 1), "DATE")
add(S, "i'll believe it when i see it in december", "december", "2026-12", "DATE")
add(S, "the bridge has been shut since last summer", "last summer", "2025-SU", "DATE")
add(S, "does anyone know if the market is on this sunday", "this sunday", day(4), "DATE")
add(S, "we booked the hall for new year's eve", "new year's eve", iso(2026, 12, 31), "DATE")
add(S, "2 hrs waiting at a&e tonight, absolute joke", "2 hrs", "PT2H", "DURATION")
add(S, "the show was cancelled the week before christmas", "christmas", iso(2025, 12, 25), "DATE")
add(S, "he was mayor back in the 90s", "the 90s", "199", "DATE")
add(S, "the cafe opened in feb and it's already closing", "feb", "2026-02", "DATE")
add(S, "deadline is 11.59pm tomorrow, don't forget", "11.59pm tomorrow", at(1, "23:59"), "TIME")
add(S, "saw them play in oct 2023, best gig ever", "oct 2023", "2023-10", "DATE")
add(S, "results were due out last thurs", "last thurs", day(-6), "DATE")
add(S, "we always go to the coast in august", "august", "XXXX-08", "SET")
add(S, "my exam is on the 23rd, wish me luck", "the 23rd", iso(2026, 3, 23), "DATE")
add(S, "happening tmrw morning at 10am, spread the word", "tmrw morning at 10am", at(1, "10:00"), "TIME")
add(S, "been waiting since 2pm for a reply", "2pm", at(0, "14:00"), "TIME")
add(S, "the kids are off school next wk", "next wk", week(1), "DATE")
add(S, "my nan turns 90 on boxing day", "boxing day", iso(2026, 12, 26), "DATE")
add(S, "i was there on valentines day and it was packed", "valentines day", iso(2026, 2, 14), "DATE")
add(S, "meeting moved to 3.30pm on fri", "3.30pm on fri", at(2, "15:30"), "TIME")
add(S, "this time next year we'll be in lisbon", "this time next year", "2027-03-11", "DATE")
add(S, "i'm off work till monday", "monday", day(5), "DATE")
add(S, "see you all at the diwali party", "diwali", diwali(2026), "DATE")
add(S, "lunar new year was so much fun this year", "lunar new year", chinese(2026, 1, 1), "DATE")

add(S, "see u fri at 8pm", "fri at 8pm", at(2, "20:00"), "TIME")
add(S, "moving house in sept, so stressed", "sept", "2026-09", "DATE")
add(S, "the match is on sun and i can't wait", "sun", day(4), "DATE")
add(S, "stuck in traffic for 3 hrs today", "3 hrs", "PT3H", "DURATION")
add(S, "saving up for black friday", "black friday", (nth_weekday(2026, 11, 3, 4) + dt.timedelta(days=1)).isoformat(), "DATE")
add(S, "back in the 80s this street was all shops", "the 80s", "198", "DATE")


# --- Not dates: no expression may overlap the phrase -------------------------------------------
not_date("He ran a sub-four-minute mile at the county trials.", "sub-four-minute mile")
not_date("Passengers may face delays because of the strike.", "may")
not_date("Thousands march through the capital to demand new elections.", "march")
not_date("The firm still runs its payroll on Pay ABC 2000.", "Pay ABC 2000")
not_date("City won 2-1 after extra time.", "2-1")
not_date("The home side led 24-17 at half-time.", "24-17")
not_date("Scores were level at 1-1 when the lights failed.", "1-1")
not_date("The boy, aged 11, was taken to hospital.", "aged 11")
not_date("The Windows 2000 servers were finally retired.", "Windows 2000")
not_date("The lorry was carrying 2,024 tonnes of grain.", "2,024 tonnes")
not_date("The Boeing 747 was grounded for checks.", "747")
not_date("Residents of 1600 Pennsylvania Avenue rarely take the bus.", "1600 Pennsylvania Avenue")
not_date("The council approved a 1,500-home development.", "1,500-home")
not_date("Call 0800 123 4567 for advice.", "0800 123 4567")
not_date("The bill was passed by 312 votes to 295.", "312 votes to 295")
not_date("The A7 was closed between junctions 3 and 4.", "junctions 3 and 4")
not_date("The school still runs Office 2016 on its laptops.", "Office 2016")
not_date("The new Galaxy S26 goes on sale soon.", "Galaxy S26")
not_date("The team has the NBA 2K26 tournament next.", "NBA 2K26")
not_date("They finished with a 3-0 win over Leeds.", "3-0")
not_date("The recipe needs 250g flour and 2 eggs.", "250g flour")
not_date("Mortgage rates fell to 4.25 per cent.", "4.25 per cent")
not_date("The bus route 24 is being cut.", "route 24")
not_date("He was jailed under Section 18 of the act.", "Section 18")
not_date("The room fits 1,200 people.", "1,200 people")
not_date("They march on parliament every year in protest.", "march")
not_date("You may want to read the full report.", "may")
not_date("The 7-Eleven on the corner was robbed.", "7-Eleven")
not_date("The Spring Street bridge needs repairs.", "Spring Street")
not_date("Grace August, 34, denied the charges.", "August")
not_date("The suspect, April Jones, was arrested at home.", "April")
not_date("Lyndon Summer was appointed chair of the board.", "Summer")
not_date("The Mayday call came from a fishing boat.", "Mayday")
not_date("The G20 summit communique was delayed.", "G20")
not_date("The police received 911 calls overnight.", "911 calls")
not_date("He scored 101 runs off 98 balls.", "101 runs off 98 balls")
not_date("The Sunday Times ran the story first.", "Sunday Times")
not_date("Fans of Friday Night Lights will love the reboot.", "Friday Night Lights")
not_date("The Good Friday Agreement brought peace to Northern Ireland.", "Good Friday Agreement")
not_date("The Tuesday Club meets in the library.", "Tuesday Club")
not_date("The price of a pint rose to 5.30 in the city.", "5.30")
not_date("Flight 1415 to Madrid was cancelled.", "Flight 1415")
not_date("The parcel weighed 12.5 kilos.", "12.5 kilos")
not_date("Protesters will march from the station to the town hall.", "march")
not_date("The bank may cut rates again, economists say.", "may")
not_date("The Ford Model T sold 15 million units.", "15 million units")
not_date("The room number is 1204 on the twelfth floor.", "1204")
not_date("The virus has an R number of 1.2.", "1.2")
not_date("Tickets cost 10-15 euros at the door.", "10-15 euros")
not_date("The jury voted 10-2 to convict.", "10-2")
not_date("The hotel has 365 rooms and a spa.", "365 rooms")
not_date("The Monday Club held its annual dinner.", "Monday Club")
not_date("Summer Hill residents objected to the plan.", "Summer Hill")
not_date("The suspect, June Parker, was charged.", "June")
not_date("The bank still runs Oracle 2012 on its mainframes.", "Oracle 2012")
not_date("They live at 2020 Ocean Drive.", "2020 Ocean Drive")
not_date("The sub-two-hour marathon remains a dream.", "sub-two-hour")


def main():
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        Path(__file__).resolve().parents[3] / "Tests/DatesPluginTests/Fixtures/breadth/breadth.jsonl"
    counters = {}
    lines = []
    for row in rows:
        assert row["text"].count(row["phrase"]) == 1, f"phrase not unique in its sentence: {row}"
        counters[row["category"]] = counters.get(row["category"], 0) + 1
        record = {"id": f"{row['category']}-{counters[row['category']]:03d}", **row}
        lines.append(json.dumps(record, ensure_ascii=False))
    assert len({json.loads(line)["text"] for line in lines}) == len(lines), "duplicate sentence"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} phrases to {output}: " +
          ", ".join(f"{name} {count}" for name, count in counters.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
