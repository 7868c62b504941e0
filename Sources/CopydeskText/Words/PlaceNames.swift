/// A small gazetteer written for Copydesk: countries, their capitals, US states, the counties and
/// regions of the British Isles and large world cities, lowercased, one word each ("hong" and "kong").
/// The sanctions matcher reads it (a one-word list name that is also a place, "SOMERSET", names the
/// place far more often than the company, so it fires only beside a legal form); attribution reads it
/// to tell a capital speaking for its government ("Moscow said") from a person quoted by surname.
public enum PlaceNames {
    public static let all: Set<String> = Set(lines.split(separator: " ").map(String.init))

    private static let lines = """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain \
    bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria \
    burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia \
    denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia \
    georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india \
    indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait \
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi \
    malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro \
    morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman \
    pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa \
    senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria \
    taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda ukraine \
    uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe crimea chechnya tibet kashmir \
    kabul tirana algiers luanda yerevan canberra vienna baku manama dhaka minsk brussels sofia phnom ottawa \
    santiago beijing bogota havana nicosia prague copenhagen cairo asmara tallinn addis helsinki paris tbilisi \
    berlin accra athens budapest reykjavik delhi jakarta tehran baghdad dublin jerusalem rome tokyo amman astana \
    nairobi pristina bishkek vientiane riga beirut tripoli vilnius antananarivo kuala bamako valletta mexico \
    chisinau ulaanbaatar podgorica rabat maputo naypyidaw windhoek kathmandu amsterdam managua niamey abuja \
    pyongyang skopje oslo muscat islamabad lima manila warsaw lisbon doha bucharest moscow kigali dakar belgrade \
    bratislava ljubljana mogadishu pretoria seoul juba madrid khartoum stockholm bern damascus taipei dushanbe \
    dodoma bangkok tunis ankara ashgabat kampala kyiv kiev abu dhabi london washington montevideo tashkent \
    caracas hanoi sanaa lusaka harare \
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois \
    indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri \
    montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin \
    wyoming \
    england scotland wales ulster bedfordshire berkshire buckinghamshire cambridgeshire cheshire cornwall \
    cumbria derbyshire devon dorset durham essex gloucestershire hampshire herefordshire hertfordshire kent \
    lancashire leicestershire lincolnshire merseyside norfolk northamptonshire northumberland nottinghamshire \
    oxfordshire rutland shropshire somerset staffordshire suffolk surrey sussex warwickshire wiltshire \
    worcestershire yorkshire cumberland westmorland middlesex glamorgan gwent powys dyfed gwynedd clwyd \
    anglesey pembrokeshire fife lothian ayrshire lanarkshire aberdeenshire highlands argyll galloway antrim \
    armagh tyrone fermanagh derry kerry cork galway mayo donegal wexford wicklow kildare limerick tipperary \
    manchester birmingham liverpool leeds sheffield bristol glasgow edinburgh cardiff belfast newcastle \
    nottingham southampton brighton oxford cambridge york aberdeen dundee swansea plymouth leicester coventry \
    hull bradford sunderland wolverhampton derby portsmouth norwich exeter bath chester \
    shanghai mumbai bombay karachi istanbul lagos kinshasa shenzhen guangzhou chennai kolkata calcutta \
    bangalore hyderabad lahore osaka chongqing tianjin wuhan chengdu dhaka saopaulo rio janeiro \
    buenos aires bogota lima johannesburg durban alexandria casablanca dubai sharjah riyadh jeddah mecca \
    medina mosul basra aleppo homs latakia benghazi misrata herat kandahar peshawar quetta odesa odessa kharkiv \
    donetsk luhansk sevastopol mariupol petersburg novosibirsk yekaterinburg vladivostok murmansk \
    kaliningrad hamburg munich frankfurt cologne milan naples turin barcelona valencia seville marseille \
    lyon geneva zurich rotterdam antwerp hong kong macau singapore sydney melbourne toronto montreal \
    vancouver chicago houston phoenix philadelphia dallas detroit boston seattle denver miami atlanta \
    baltimore memphis nashville pittsburgh cleveland cincinnati orlando tampa manhattan brooklyn bronx \
    queens hollywood
    """
}
