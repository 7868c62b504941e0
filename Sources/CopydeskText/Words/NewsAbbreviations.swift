/// Abbreviations of English news copy that a full stop follows without ending a sentence (titles,
/// ranks, states, months, "No.", "e.g."), and the words that open a sentence after one that may
/// end it. Shared by the sentence segmenter behind `Document.sentences` and attribution's tokenizer;
/// all entries are lowercased and written without their final period.
public enum NewsAbbreviations {
    /// Abbreviations that never end a sentence: titles and ranks, words that always precede
    /// something ("No. 5", "vs."), month and state abbreviations.
    public static let neverFinal: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "reps", "gen", "col", "lt", "sgt", "capt", "cmdr",
        "adm", "maj", "cpl", "pvt", "rev", "fr", "sr", "st", "mt", "ft", "hon", "pres", "supt", "insp", "det",
        "no", "nos", "vs", "v", "e.g", "i.e", "cf", "approx", "dept", "est", "fig", "vol", "ch", "pp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
        "va", "vt", "wash", "wis", "wyo",
    ]

    /// Plural titles and office abbreviations ("Messrs.", "Gens.", "Atty.", "Govt.") that never end a
    /// sentence either. Only attribution's tokenizer reads them today: the segmenter behind
    /// `Document.sentences` still ends a sentence after "Messrs." before a capital (a candidate for a
    /// later behaviour change: adding them there changes `sentence`-scoped policy findings).
    public static let pluralTitlesAndOffices: Set<String> = ["messrs", "mssrs", "gens", "sens", "atty", "asst", "assn", "govt"]

    /// Abbreviations that may end a sentence; they do when the next word opens one.
    public static let maybeFinal: Set<String> = [
        "u.s", "u.k", "u.n", "e.u", "inc", "corp", "co", "ltd", "llc", "plc", "jr", "bros", "a.m", "p.m", "etc",
        "d.c", "n.y", "l.a",
    ]

    /// Titles that, written out, usually open a sentence ("… in the U.S. Mr. Smith said").
    public static let openingTitles: Set<String> = ["mr", "mrs", "ms", "dr"]

    /// Words that commonly open a sentence after an abbreviation that may end one (`maybeFinal`),
    /// `openingTitles` included.
    public static let sentenceOpeners = Set<String>([
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "at", "this",
        "that", "these", "those", "his", "her", "their", "its", "our", "there", "as", "if", "when", "while",
        "after", "before", "so", "yet", "however", "meanwhile", "for", "with", "by", "from", "some", "many",
        "most", "no", "one", "two", "officials",
    ]).union(openingTitles)
}
