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
    case above
    case additional
    case adjourned
    case after
    case again
    case against
    case ago
    case ahead
    case aims
    case all
    case almost
    case also
    case although
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
    case ave
    case avenue
    case back
    case be
    case became
    case because
    case been
    case before
    case began
    case begin
    case beginning
    case begins
    case being
    case below
    case between
    case billion
    case bleed
    case both
    case bought
    case boulevard
    case breed
    case broke
    case brought
    case bst
    case built
    case business
    case but
    case by
    case calendar
    case came
    case can
    case caught
    case cdt
    case centuries
    case century
    case cest
    case cet
    case children
    case chose
    case close
    case closes
    case coming
    case comparable
    case computers
    case consumers
    case corresponding
    case could
    case couple
    case court
    case crescent
    case cst
    case culture
    case current
    case currently
    case day
    case days
    case deferred
    case delayed
    case departs
    case did
    case died
    case `do`
    case does
    case dollars
    case down
    case drew
    case drive
    case drove
    case due
    case during
    case each
    case earlier
    case early
    case economy
    case edt
    case end
    case ended
    case ending
    case ends
    case est
    case et
    case euros
    case eve
    case even
    case every
    case expect
    case expected
    case expects
    case extra
    case falls
    case families
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
    case fri
    case from
    case full
    case further
    case future
    case fy
    case gave
    case generation
    case gmt
    case going
    case gonna
    case got
    case greed
    case grew
    case had
    case half
    case has
    case have
    case he
    case held
    case her
    case here
    case high
    case highway
    case his
    case hit
    case hopes
    case hours
    case how
    case however
    case hrs
    case i
    case `if`
    case `in`
    case indeed
    case initial
    case instead
    case intends
    case into
    case `is`
    case it
    case its
    case kept
    case kg
    case kickOff
    case kicks
    case kids
    case killed
    case km
    case knew
    case lands
    case lane
    case last
    case late
    case lately
    case later
    case latest
    case launches
    case least
    case leaves
    case led
    case left
    case less
    case life
    case like
    case local
    case long
    case longer
    case lost
    case m
    case made
    case many
    case mar
    case matter
    case may
    case mdt
    case meanwhile
    case meets
    case met
    case meters
    case metres
    case mid
    case midday
    case middle
    case midnight
    case might
    case miles
    case millennia
    case million
    case minutes
    case month
    case months
    case more
    case most
    case moved
    case mst
    case must
    case my
    case near
    case nearly
    case need
    case needs
    case next
    case night
    case nineteen
    case no
    case noon
    case not
    case now
    case nowadays
    case number
    case oClock
    case of
    case off
    case old
    case on
    case once
    case only
    case open
    case opens
    case or
    case other
    case our
    case out
    case over
    case p
    case paid
    case parkway
    case past
    case pct
    case pdt
    case per
    case percent
    case period
    case place
    case plan
    case planned
    case planning
    case plans
    case pm
    case points
    case politics
    case postponed
    case pounds
    case present
    case previous
    case prior
    case pst
    case pt
    case pushed
    case put
    case quarter
    case quickly
    case ran
    case rang
    case rd
    case recent
    case recently
    case regular
    case reopens
    case reported
    case rescheduled
    case resumes
    case returns
    case road
    case rose
    case roughly
    case run
    case runs
    case said
    case same
    case sang
    case saw
    case says
    case scheduled
    case second
    case seconds
    case see
    case sent
    case set
    case several
    case shall
    case she
    case shot
    case should
    case since
    case so
    case society
    case sold
    case someWord
    case soon
    case speed
    case spoke
    case square
    case st
    case standards
    case start
    case starts
    case steed
    case still
    case stood
    case street
    case struck
    case students
    case sub
    case sunday
    case swam
    case switched
    case takes
    case technology
    case teenagers
    case term
    case terrace
    case than
    case that
    case the
    case their
    case then
    case there
    case these
    case they
    case this
    case those
    case though
    case thought
    case thousand
    case threw
    case through
    case thur
    case thurs
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
    case toward
    case towards
    case trading
    case tues
    case turns
    case tweed
    case twenty
    case two
    case u
    case under
    case unlike
    case until
    case up
    case upcoming
    case utc
    case via
    case was
    case way
    case we
    case week
    case weekend
    case went
    case were
    case what
    case when
    case `where`
    case which
    case `while`
    case who
    case why
    case will
    case with
    case within
    case without
    case wk
    case wo
    case won
    case wont
    case wore
    case working
    case world
    case would
    case wrote
    case ya
    case year
    case yes
    case yesterday
    case yet
    case you
    case young
    case your
    case youth
    case poundSign
    case euroSign

    /// The lowercased text of each case, in declaration order.
    static let texts: [String] = [
        "!", "\"", "#", "$", "%", "'", "'ll", "'re", "'s", ",", "-", ".", "/", ":", ";", "?", "a", "about", "above",
        "additional", "adjourned", "after", "again", "against", "ago", "ahead", "aims", "all", "almost", "also",
        "although", "am", "an", "and", "approximately", "are", "around", "arrives", "as", "at", "ate", "ave",
        "avenue", "back", "be", "became", "because", "been", "before", "began", "begin", "beginning", "begins",
        "being", "below", "between", "billion", "bleed", "both", "bought", "boulevard", "breed", "broke", "brought",
        "bst", "built", "business", "but", "by", "calendar", "came", "can", "caught", "cdt", "centuries", "century",
        "cest", "cet", "children", "chose", "close", "closes", "coming", "comparable", "computers", "consumers",
        "corresponding", "could", "couple", "court", "crescent", "cst", "culture", "current", "currently", "day",
        "days", "deferred", "delayed", "departs", "did", "died", "do", "does", "dollars", "down", "drew", "drive",
        "drove", "due", "during", "each", "earlier", "early", "economy", "edt", "end", "ended", "ending", "ends",
        "est", "et", "euros", "eve", "even", "every", "expect", "expected", "expects", "extra", "falls", "families",
        "fell", "few", "fewer", "first", "fiscal", "fiscal-", "fled", "flew", "following", "for", "foreseeable",
        "forward", "fought", "fri", "from", "full", "further", "future", "fy", "gave", "generation", "gmt", "going",
        "gonna", "got", "greed", "grew", "had", "half", "has", "have", "he", "held", "her", "here", "high",
        "highway", "his", "hit", "hopes", "hours", "how", "however", "hrs", "i", "if", "in", "indeed", "initial",
        "instead", "intends", "into", "is", "it", "its", "kept", "kg", "kick-off", "kicks", "kids", "killed", "km",
        "knew", "lands", "lane", "last", "late", "lately", "later", "latest", "launches", "least", "leaves", "led",
        "left", "less", "life", "like", "local", "long", "longer", "lost", "m", "made", "many", "mar", "matter",
        "may", "mdt", "meanwhile", "meets", "met", "meters", "metres", "mid", "midday", "middle", "midnight",
        "might", "miles", "millennia", "million", "minutes", "month", "months", "more", "most", "moved", "mst",
        "must", "my", "near", "nearly", "need", "needs", "next", "night", "nineteen", "no", "noon", "not", "now",
        "nowadays", "number", "o'clock", "of", "off", "old", "on", "once", "only", "open", "opens", "or", "other",
        "our", "out", "over", "p", "paid", "parkway", "past", "pct", "pdt", "per", "percent", "period", "place",
        "plan", "planned", "planning", "plans", "pm", "points", "politics", "postponed", "pounds", "present",
        "previous", "prior", "pst", "pt", "pushed", "put", "quarter", "quickly", "ran", "rang", "rd", "recent",
        "recently", "regular", "reopens", "reported", "rescheduled", "resumes", "returns", "road", "rose",
        "roughly", "run", "runs", "said", "same", "sang", "saw", "says", "scheduled", "second", "seconds", "see",
        "sent", "set", "several", "shall", "she", "shot", "should", "since", "so", "society", "sold", "some",
        "soon", "speed", "spoke", "square", "st", "standards", "start", "starts", "steed", "still", "stood",
        "street", "struck", "students", "sub", "sunday", "swam", "switched", "takes", "technology", "teenagers",
        "term", "terrace", "than", "that", "the", "their", "then", "there", "these", "they", "this", "those",
        "though", "thought", "thousand", "threw", "through", "thur", "thurs", "til", "till", "time", "times", "tmr",
        "tmrw", "tmw", "to", "today", "told", "tomorrow", "tonight", "took", "tore", "toward", "towards", "trading",
        "tues", "turns", "tweed", "twenty", "two", "u", "under", "unlike", "until", "up", "upcoming", "utc", "via",
        "was", "way", "we", "week", "weekend", "went", "were", "what", "when", "where", "which", "while", "who",
        "why", "will", "with", "within", "without", "wk", "wo", "won", "won't", "wore", "working", "world", "would",
        "wrote", "ya", "year", "yes", "yesterday", "yet", "you", "young", "your", "youth", "£", "€",
    ]

    /// The lowercased text the word stands for.
    var text: String { Word.texts[Int(rawValue)] }
}
