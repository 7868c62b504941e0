/// The words and marks the temporal grammar compares tokens with, each an integer so that the
/// grammar compares and switches over integers rather than strings. `Token.word` is the case whose
/// text equals the token's lowercased text, or nil; a new word the grammar tests for is added here.
enum Word: UInt16, CaseIterable, Sendable {
    case exclamationMark
    case quotationMark
    case numberSign
    case dollarSign
    case percentSign
    case apostrophe
    case contractedWill
    case contractedAre
    case possessiveS
    case comma
    case hyphen
    case fullStop
    case slash
    case colon
    case semicolon
    case questionMark
    case a
    case about
    case additional
    case adjourned
    case after
    case ago
    case ahead
    case aims
    case almost
    case am
    case an
    case and
    case approximately
    case are
    case around
    case arrives
    case `as`
    case at
    case ate
    case back
    case be
    case became
    case before
    case began
    case begin
    case beginning
    case begins
    case being
    case between
    case billion
    case bleed
    case bought
    case breed
    case broke
    case brought
    case built
    case by
    case came
    case can
    case caught
    case century
    case chose
    case closes
    case coming
    case comparable
    case corresponding
    case could
    case couple
    case current
    case day
    case days
    case deferred
    case delayed
    case departs
    case did
    case died
    case dollars
    case drew
    case drove
    case due
    case during
    case earlier
    case early
    case end
    case ended
    case ending
    case ends
    case euros
    case eve
    case expect
    case expected
    case expects
    case extra
    case falls
    case fell
    case few
    case fewer
    case first
    case fiscal
    case fiscalHyphen
    case fled
    case flew
    case following
    case `for`
    case foreseeable
    case forward
    case fought
    case from
    case full
    case further
    case future
    case gave
    case going
    case gonna
    case got
    case greed
    case grew
    case had
    case half
    case held
    case high
    case hit
    case hopes
    case hours
    case hrs
    case `in`
    case indeed
    case initial
    case intends
    case `is`
    case its
    case kept
    case kg
    case kicks
    case killed
    case km
    case knew
    case lands
    case last
    case late
    case later
    case latest
    case launches
    case least
    case leaves
    case led
    case left
    case less
    case local
    case long
    case longer
    case lost
    case m
    case made
    case many
    case matter
    case may
    case meets
    case met
    case meters
    case metres
    case mid
    case middle
    case midnight
    case might
    case miles
    case million
    case minutes
    case month
    case months
    case more
    case most
    case moved
    case near
    case nearly
    case need
    case needs
    case next
    case night
    case nineteen
    case no
    case now
    case number
    case oClock
    case of
    case old
    case on
    case open
    case opens
    case or
    case other
    case over
    case paid
    case past
    case pct
    case per
    case percent
    case period
    case plan
    case planned
    case planning
    case plans
    case points
    case postponed
    case pounds
    case present
    case previous
    case prior
    case pushed
    case put
    case quarter
    case quickly
    case ran
    case rang
    case recent
    case regular
    case reopens
    case rescheduled
    case resumes
    case returns
    case rose
    case roughly
    case run
    case runs
    case said
    case same
    case sang
    case saw
    case scheduled
    case second
    case seconds
    case see
    case sent
    case set
    case several
    case shall
    case shot
    case should
    case since
    case so
    case sold
    case someWord
    case soon
    case speed
    case spoke
    case start
    case starts
    case steed
    case stood
    case struck
    case sub
    case sunday
    case swam
    case switched
    case takes
    case term
    case than
    case that
    case the
    case their
    case this
    case thought
    case thousand
    case threw
    case through
    case til
    case till
    case time
    case times
    case tmr
    case tmrw
    case tmw
    case to
    case today
    case told
    case tomorrow
    case tonight
    case took
    case tore
    case turns
    case tweed
    case twenty
    case two
    case u
    case under
    case until
    case up
    case upcoming
    case was
    case week
    case weekend
    case went
    case were
    case will
    case within
    case wo
    case won
    case wont
    case wore
    case would
    case wrote
    case ya
    case year
    case yesterday
    case you
    case poundSign
    case euroSign

    /// The lowercased text of each case, in declaration order.
    static let texts: [String] = [
        "!", "\"", "#", "$", "%", "'", "'ll", "'re", "'s", ",", "-", ".", "/", ":", ";", "?", "a", "about",
        "additional", "adjourned", "after", "ago", "ahead", "aims", "almost", "am", "an", "and", "approximately",
        "are", "around", "arrives", "as", "at", "ate", "back", "be", "became", "before", "began", "begin",
        "beginning", "begins", "being", "between", "billion", "bleed", "bought", "breed", "broke", "brought",
        "built", "by", "came", "can", "caught", "century", "chose", "closes", "coming", "comparable",
        "corresponding", "could", "couple", "current", "day", "days", "deferred", "delayed", "departs", "did",
        "died", "dollars", "drew", "drove", "due", "during", "earlier", "early", "end", "ended", "ending", "ends",
        "euros", "eve", "expect", "expected", "expects", "extra", "falls", "fell", "few", "fewer", "first",
        "fiscal", "fiscal-", "fled", "flew", "following", "for", "foreseeable", "forward", "fought", "from", "full",
        "further", "future", "gave", "going", "gonna", "got", "greed", "grew", "had", "half", "held", "high", "hit",
        "hopes", "hours", "hrs", "in", "indeed", "initial", "intends", "is", "its", "kept", "kg", "kicks", "killed",
        "km", "knew", "lands", "last", "late", "later", "latest", "launches", "least", "leaves", "led", "left",
        "less", "local", "long", "longer", "lost", "m", "made", "many", "matter", "may", "meets", "met", "meters",
        "metres", "mid", "middle", "midnight", "might", "miles", "million", "minutes", "month", "months", "more",
        "most", "moved", "near", "nearly", "need", "needs", "next", "night", "nineteen", "no", "now", "number",
        "o'clock", "of", "old", "on", "open", "opens", "or", "other", "over", "paid", "past", "pct", "per",
        "percent", "period", "plan", "planned", "planning", "plans", "points", "postponed", "pounds", "present",
        "previous", "prior", "pushed", "put", "quarter", "quickly", "ran", "rang", "recent", "regular", "reopens",
        "rescheduled", "resumes", "returns", "rose", "roughly", "run", "runs", "said", "same", "sang", "saw",
        "scheduled", "second", "seconds", "see", "sent", "set", "several", "shall", "shot", "should", "since", "so",
        "sold", "some", "soon", "speed", "spoke", "start", "starts", "steed", "stood", "struck", "sub", "sunday",
        "swam", "switched", "takes", "term", "than", "that", "the", "their", "this", "thought", "thousand", "threw",
        "through", "til", "till", "time", "times", "tmr", "tmrw", "tmw", "to", "today", "told", "tomorrow",
        "tonight", "took", "tore", "turns", "tweed", "twenty", "two", "u", "under", "until", "up", "upcoming",
        "was", "week", "weekend", "went", "were", "will", "within", "wo", "won", "won't", "wore", "would", "wrote",
        "ya", "year", "yesterday", "you", "£", "€",
    ]

    /// The lowercased text the word stands for.
    var text: String { Word.texts[Int(rawValue)] }
}
