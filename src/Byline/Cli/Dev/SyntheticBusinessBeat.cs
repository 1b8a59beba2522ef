namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's business beat: the port, the high streets and work, in Larkhaven.</summary>
internal static class SyntheticBusinessBeat
{
    public static readonly SyntheticBeat Beat = new(
        "business", "Business", "The port, the high streets and the work that keeps Larkhaven going.", "businessrole",
        ["the port", "container traffic", "the high street", "shop rents", "jobs", "the ferry", "wages", "tourism", "the fish market", "small businesses", "start-ups", "the harbour"],
        [
            "Port of Larkhaven handles record {bignumber} {cargo} in a single month",
            "{business} to create {number} jobs in {place} expansion",
            "Empty shops on {street} to become {development}",
            "{business} closes after {number} years, blaming rising rents",
            "Marrowby ferry fares to rise by {percent}% from {month}",
            "High street footfall up {percent}% after {event}",
            "Larkhaven's {topic} in numbers: what the latest figures show",
            "{business} wins {amount} contract to supply {cargo}",
            "Traders on {street} warn of closures as roadworks drag on",
            "Tourism boost as cruise ships return to Larkhaven",
            "New owners for {business} promise to keep all {number} staff",
        ],
        [
            "The figures, published on {weekday}, are the strongest since {year}, and the port says more growth is coming.",
            "The firm says it has outgrown its premises on {street} and wants to stay in Larkhaven rather than move away.",
            "Owners say trade has not recovered since {year}, and rent reviews have been the final blow.",
            "Economists say the numbers show a city that depends on {topic} more than ever.",
        ],
        [
            "{business} is to take on {number} new staff as it expands into a second site in {place}, its owners said on {weekday}.",
            "The Port of Larkhaven handled {bignumber} {cargo} in {month}, more than in any month since the deep-water berth opened in {year}.",
            "After {number} years on {street}, {business} will close its doors at the end of {month}.",
            "Shops in {place} reported their busiest {weekday} of the year as crowds arrived for the {event}.",
            "Rents on {street} have risen by {percent}% in three years, according to figures gathered by the Larkhaven Traders' Association.",
        ],
        [
            "The company employs {number} people, most of whom live within two miles of the business.",
            "Revenue rose by {percent}% last year to {amount}, according to accounts filed in {month}.",
            "The port's new cranes, bought for {amount} in {year}, can move a container every ninety seconds.",
            "The Traders' Association says {smallnumber} shops on {street} have closed since the start of the year.",
            "Ferry passengers rose to {bignumber} over the summer, helped by a new evening crossing to Marrowby.",
            "Staff were told about the changes at a meeting on {weekday} morning.",
            "The business started in a garage in {place2} in {year} with a single delivery van.",
            "Landlords say higher rents reflect the cost of repairs to buildings that are more than a century old.",
            "Wages at the port are around {percent}% above the city average, according to the union.",
            "A grant of {amount} from the city's regeneration fund paid for new shopfronts on {street}.",
            "The firm hopes to export to Scandinavia and the Netherlands within {smallnumber} years.",
            "Cruise visitors spent an estimated {amount} in the city last season, mostly in Old Town and along Harbour Parade.",
        ],
        [
            "We could have moved anywhere, but Larkhaven is where our people are",
            "Every month we break a record, and every month we run out of space",
            "The rent went up and the customers did not, and there is only so long you can carry on like that",
            "A busy port means busy cafés, busy shops and busy buses",
            "We are not asking for favours, just for roadworks that finish when they are supposed to",
            "People still want a real shop with a real person behind the counter",
        ],
        ["The numbers", "What the owners say", "A changing high street", "The jobs", "What comes next", "The port's plans"],
        ["Port of Larkhaven", "Jobs", "High street", "Shipping", "Small business", "Tourism", "Marrowby ferry", "Retail", "Economy", "Fishing"]);
}
