namespace Byline.Cli.Dev;

/// <summary>
/// The word lists and sentence templates of the synthetic Larkhaven archive, written for Byline: a fictional port city
/// on the Wren estuary, its districts, people, clubs and institutions. Each section's own are in its beat
/// (<see cref="SyntheticCityBeat"/> and its siblings); these are the ones every beat shares. Lists are ordered roughly from common to rare,
/// and <see cref="SyntheticWriter"/> picks early entries more often, so words are spread as in a real archive: a few
/// everywhere, most in a handful of stories.
/// </summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] Districts =
    [
        "Saltmarsh", "Harbour Row", "Ferngate", "Old Town", "Gullrock", "Eastmoor", "Highcross", "Marrowby", "Kelder Park",
        "Pellow Hill", "Tannery Lane", "Quayside", "Wrenmouth", "St Brigid's", "Copperfield", "Ashby Vale", "Linthorpe",
        "Northgate", "Millbrook", "Sandhollow", "Crane Wharf", "Birchen End", "Fallowfield", "Rook Hill", "Dunmore",
        "Larkspur Green", "Orchard Rise", "Beacon Point", "Westerleigh", "Coldharbour", "Thistle Bank", "Mossley Cross",
    ];

    public static readonly string[] Streets =
    [
        "Quay Road", "Tannery Lane", "Market Street", "Rook Street", "Chapel Row", "Harbour Parade", "Station Road",
        "Corn Exchange Square", "Ferry Lane", "Long Causeway", "Mill Street", "Anchor Walk", "Salt Street", "Bellfounder's Yard",
        "Wren Embankment", "Victoria Terrace", "Gasworks Lane", "Orchard Street", "Pilot's Steps", "Kiln Road",
        "Netmaker's Alley", "Lighthouse Road", "Cooper's Row", "Weaver Street", "Fishgate", "Tollhouse Road",
    ];

    public static readonly string[] FirstNames =
    [
        "Ana", "James", "Priya", "Tomasz", "Mara", "David", "Sofia", "Kwame", "Eleanor", "Jonas", "Aisha", "Liam", "Ilse",
        "Mateo", "Hannah", "Oluwaseun", "Chloé", "Rhys", "Mei", "Hamza", "Niamh", "Lukas", "Zoë", "Gareth", "Fatima",
        "Björn", "Yusuf", "Inés", "Callum", "Devika", "Pádraig", "Agnieszka", "Kofi", "Rosa", "Emre", "Siobhán", "Nikolai",
        "Leila", "Tobias", "Amara", "Rafael", "Grace", "Dmitri", "Beatriz", "Owen", "Noor", "François", "Maja",
    ];

    public static readonly string[] Surnames =
    [
        "Okonkwo", "Rodríguez", "Brennan", "Varga", "Rao", "Ellery", "Beckwith", "Wrenfield", "Chen", "Mensah", "Hughes",
        "Núñez", "Kowalski", "Patel", "Lindqvist", "O'Sullivan", "Ahmed", "Fairweather", "Moreau", "Santos", "Achebe",
        "MacLeod", "Novak", "Haddad", "Pritchard", "Yilmaz", "Gallagher", "Ferreira", "Tanaka", "Dubois", "Okafor",
        "Müller", "Kaczmarek", "Delaney", "Ibáñez", "Thornbury", "Abernethy", "Szabó", "Quigley", "Castellano", "Marsh",
        "Penhaligon", "Rodriguez", "Whitlock", "Søndergaard", "Ó Briain", "Llewellyn", "Kovač", "Ashworth", "Mbeki",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Slots filled from a list, one value per story (a slot ending in 2 takes a second, different value).</summary>
    public static readonly Dictionary<string, string[]> Lists = new(StringComparer.Ordinal)
    {
        ["place"] = Districts,
        ["street"] = Streets,
        ["weekday"] = Weekdays,
        ["month"] = Months,
        ["council"] = ["Larkhaven City Council", "the council's cabinet", "the planning committee", "the transport committee", "the housing board", "the finance scrutiny panel", "the licensing committee"],
        ["facility"] = ["library", "swimming pool", "community centre", "health centre", "bus interchange", "public toilets", "youth club", "sports hall", "market hall", "playground", "car park", "skate park"],
        ["development"] = ["flats", "a supermarket", "a hotel", "student housing", "a car park", "a distribution warehouse", "a petrol station", "offices", "a care home", "a drive-through café"],
        ["councilrole"] = ["council leader", "cabinet member for transport", "cabinet member for housing", "chair of the planning committee", "ward councillor", "opposition leader", "cabinet member for finance"],
        ["business"] = ["Harbour Row Bakery", "Wren Valley Brewery", "the Saltmarsh Fish Market co-operative", "Crane Wharf Boatyard", "Gullrock Coffee Roasters", "Marrowby Ferries", "Larkhaven Ropeworks", "Quayside Books", "Copperfield Cycles", "the Tannery Lane Deli", "Northgate Print Works", "Pellow Hill Dairy"],
        ["businessrole"] = ["owner", "managing director", "founder", "chief executive", "operations manager", "head baker", "co-operative chair"],
        ["cargo"] = ["containers", "timber", "grain", "cars", "wind turbine blades", "fish", "steel coils", "fertiliser"],
        ["school"] = ["Ferngate Secondary", "St Brigid's Primary", "Highcross Academy", "Eastmoor Infants", "Larkhaven College", "Kelder Park Primary", "Marrowby High", "the Quayside Sixth Form", "Pellow Hill Juniors"],
        ["schoolrole"] = ["head teacher", "deputy head", "chair of governors", "head of science", "college principal", "year 6 teacher", "parent governor"],
        ["subject"] = ["science", "maths", "music", "languages", "computing", "drama", "marine biology", "engineering", "history", "art"],
        ["venue"] = ["the Gullrock Playhouse", "the Corn Exchange", "Kelder Park bandstand", "the Saltmarsh Library", "the Old Town Assembly Rooms", "the Harbour Arts Centre", "St Brigid's church hall", "the Ropeworks gallery", "the Wrenmouth Picture House"],
        ["event"] = ["jazz weekend", "book festival", "folk festival", "open studios weekend", "food fair", "winter lantern parade", "film festival", "maritime festival", "choir competition", "street theatre week"],
        ["artform"] = ["play", "exhibition", "concert", "musical", "opera", "dance piece", "photography show", "poetry night"],
        ["artistrole"] = ["director", "festival organiser", "curator", "composer", "lead actor", "conductor", "playwright", "gallery manager"],
        ["wild"] = ["seagrass", "oystercatchers", "curlews", "grey seals", "eelgrass", "avocets", "samphire", "sea trout", "little terns", "saltmarsh cordgrass"],
        ["hazard"] = ["flooding", "coastal erosion", "storm surges", "sewage spills", "high tides", "heavy rain", "a heatwave", "drought", "landslips"],
        ["greenrole"] = ["estuary warden", "Environment Agency officer", "ecologist", "flood engineer", "climate officer", "Wren Estuary Trust director", "volunteer coordinator"],
        ["club"] = ["Larkhaven Town FC", "Larkhaven Rowing Club", "Harbour Row Harriers", "Gullrock Cricket Club", "Saltmarsh Swimming Club", "Larkhaven Lions rugby club", "Eastmoor Netball Club", "Wrenmouth Sailing Club", "Ferngate Boxing Club"],
        ["rival"] = ["Marrowby Athletic", "Eastmoor Rovers", "Brackwater United", "Holloway Town", "Kestrel Bay", "Dunmore Wanderers", "Port Alder", "Selsby Rangers"],
        ["sportrole"] = ["manager", "head coach", "captain", "club secretary", "chairman", "team physio", "youth coach"],
        ["competition"] = ["the county cup", "the Wren regatta", "the coastal league", "the Larkhaven half marathon", "the regional finals", "the harbour swim", "the schools championship"],
        ["hospital"] = ["Larkhaven General Hospital", "the Quayside Health Centre", "Eastmoor Surgery", "the Wren Valley Hospice", "the Ferngate walk-in clinic", "St Brigid's Medical Practice", "the Pellow Hill dental practice"],
        ["healthrole"] = ["chief nurse", "medical director", "practice manager", "consultant surgeon", "community pharmacist", "health board chair", "paramedic"],
        ["condition"] = ["flu", "measles", "diabetes", "hip replacements", "cataract surgery", "mental health care", "maternity care", "dementia care", "childhood vaccinations"],
        ["court"] = ["Larkhaven Crown Court", "Larkhaven Magistrates' Court", "the county court", "the Court of Appeal"],
        ["charge"] = ["burglary", "fraud", "dangerous driving", "arson", "theft from vehicles", "assault", "handling stolen goods", "fly-tipping", "illegal fishing", "criminal damage"],
        ["show"] = ["The Tide Clock", "Salt and Iron", "The Lamplighter's Daughter", "Low Water", "Ropewalk", "The Ferryman's Wager", "Nine Bells", "Estuary Songs", "The Last Herring", "A Harbour in Winter", "Quay Road Blues", "The Glass Lighthouse"],
        ["justicerole"] = ["detective inspector", "prosecutor", "defence barrister", "recorder", "magistrate", "neighbourhood sergeant", "probation officer"],
    };

    /// <summary>One beat per section, in the order the sections are created.</summary>
    public static readonly SyntheticBeat[] Beats =
    [
        SyntheticCityBeat.Beat,
        SyntheticBusinessBeat.Beat,
        SyntheticEducationBeat.Beat,
        SyntheticCultureBeat.Beat,
        SyntheticEnvironmentBeat.Beat,
        SyntheticSportBeat.Beat,
        SyntheticHealthBeat.Beat,
        SyntheticCourtsBeat.Beat,
    ];

    /// <summary>Sentences any story can use between the beat's own.</summary>
    public static readonly string[] CommonDetails =
    [
        "The decision will be reviewed in {month}, when more figures are expected.",
        "A spokesperson said the plans had been discussed with residents' groups in {place} and {place2}.",
        "Similar schemes in other coastal cities have had mixed results.",
        "The story has divided opinion on social media, with hundreds of comments on the Larkhaven community forum.",
        "It is not the first time the issue has been raised: a similar proposal was dropped in {year}.",
        "Figures obtained by the Larkhaven newsroom show the cost has risen every year since {year}.",
        "Anyone affected can find more information at the library on {street}.",
        "A public meeting has been arranged at the community centre in {place} on {weekday} at 7pm.",
        "Local businesses have been asked for their views before a final decision is made.",
        "Those involved say they expect to know more within {number} weeks.",
    ];

    public static readonly string[] CommonSubheadings = ["Background", "What happens next", "In numbers", "Reaction"];

    /// <summary>The tag every generated story carries, so the synthetic archive can always be told from real stories.</summary>
    public const string SyntheticTag = "Synthetic archive";

    public const string SyntheticNote =
        "This story is synthetic: it was generated by Byline's dev generate command for testing, and describes no real people or events. Larkhaven is fictional.";
}
