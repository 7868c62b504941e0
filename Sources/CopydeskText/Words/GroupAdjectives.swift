/// Capitalised words that name a nationality, a people, a region's inhabitants, a faith or a
/// political camp ("German", "Americans", "Tory", "Conservative", "Muslim"): an adjective or a
/// group, never one person's surname. Written for Copydesk, lowercased; plurals are folded by
/// `contains`.
public enum GroupAdjectives {
    public static let all: Set<String> = Set(words.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Whether a lowercased word, or its singular, is in the list ("germans", "tories").
    public static func contains(_ lowercased: String) -> Bool {
        var word = lowercased
        if word.hasSuffix("’s") || word.hasSuffix("'s") { word.removeLast(2) }
        if all.contains(word) { return true }
        if word.hasSuffix("ies"), all.contains(String(word.dropLast(3)) + "y") { return true }
        return word.hasSuffix("s") && all.contains(String(word.dropLast()))
    }

    private static let words = """
    afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian \
    azerbaijani azeri bahamian bahraini bangladeshi barbadian belarusian belgian belizean beninese bhutanese \
    bolivian bosnian botswanan brazilian british briton bruneian bulgarian burkinabe burmese burundian \
    cambodian cameroonian canadian chadian chilean chinese colombian congolese croatian cuban cypriot czech \
    danish dane djiboutian dominican dutch ecuadorian egyptian emirati english eritrean estonian ethiopian \
    fijian filipino finnish finn french gabonese gambian georgian german ghanaian greek grenadian guatemalan \
    guinean guyanese haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli \
    italian ivorian jamaican japanese jordanian kazakh kenyan kiribati korean kosovan kosovar kuwaiti kyrgyz \
    laotian latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian \
    maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian montenegrin moroccan \
    mozambican namibian nepalese nepali dutchman dutchmen frenchman frenchmen englishman englishmen irishman \
    irishmen scotsman scotsmen welshman welshmen nicaraguan nigerien nigerian norwegian omani pakistani \
    palestinian panamanian paraguayan peruvian polish pole portuguese qatari romanian russian rwandan samoan \
    saudi scottish scot senegalese serbian serb seychellois singaporean slovak slovakian slovenian slovene \
    somali sudanese spanish spaniard surinamese swazi swedish swede swiss syrian taiwanese tajik \
    tanzanian thai tibetan togolese tongan trinidadian tunisian turkish turk turkmen ugandan ukrainian \
    uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean \
    african asian european latin arab arabian hispanic latino latina nordic scandinavian balkan baltic \
    caribbean pacific atlantic mediterranean western eastern northern southern oriental occidental \
    kurdish kurd pashtun tamil sikh hindu muslim moslem christian catholic protestant anglican jewish jew \
    orthodox sunni shia shiite shi'ite buddhist mormon evangelical methodist baptist presbyterian lutheran \
    islamist zionist palestinians bedouin berber maori aboriginal inuit cossack chechen \
    londoner glaswegian mancunian liverpudlian scouser geordie yorkshireman cockney parisian muscovite \
    texan californian \
    tory conservative labour liberal democrat republican socialist communist marxist leninist maoist \
    nationalist unionist loyalist republican ukip libdem nazi fascist bolshevik sandinista \
    gaullist christian-democrat social-democrat blairite brownite thatcherite reaganite peronist chavista \
    whig federalist separatist
    """
}
