/// Names written as one capitalised word that stand for an institution, a company or a news agency
/// rather than a person ("Uefa said", "the Kremlin", "Kyodo reported"): a source quoted under such a
/// name needs no first name. Places come from `PlaceNames`; a text's own usage ("Mitel Corp", "in
/// Ashford") covers the many bodies no list holds (see `NonPersonEvidence`).
enum NonPersonNames {
    static let all: Set<String> = Set(words.split(whereSeparator: \.isWhitespace).map(String.init))

    private static let words = """
    kremlin pentagon whitehall westminster downing elysee élysée vatican holyrood stormont quai capitol \
    congress parliament senate bundestag bundesrat knesset duma rada sejm diet cortes storting riksdag \
    nato opec fifa uefa ioc icc icj imf un eu who wto oecd asean interpol europol frontex unicef unesco unhcr unrwa \
    ofcom ofgem ofwat ofsted fca cma ecb fed boj bundesbank riksbank treasury eurostat moody's fitch \
    labour tories conservatives democrats republicans likud fidesz hamas hezbollah taliban isis houthis \
    reuters bloomberg kyodo xinhua tass interfax yonhap afp ap bbc cnn itv rte nhk jiji bernama antara \
    apple google alphabet microsoft amazon meta facebook twitter tesla nvidia intel ibm oracle samsung sony toyota \
    honda nissan volkswagen bmw daimler mercedes renault peugeot stellantis fiat ford boeing airbus unilever \
    nestle nestlé shell bp exxon chevron totalenergies gazprom rosneft aramco siemens bayer basf monsanto \
    pfizer moderna astrazeneca novartis roche gsk sanofi ericsson nokia huawei alibaba tencent baidu netflix \
    disney walmart tesco sainsbury's barclays hsbc lloyds natwest santander ubs citigroup citi jpmorgan \
    ryanair easyjet lufthansa vodafone uber spotify ikea glencore rio vale bhp opel chrysler texaco mobil \
    euroclear nasdaq nyse ftse dax nikkei
    """
}
