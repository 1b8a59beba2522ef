namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's city beat: the council, transport, housing and the people who run the city, in Larkhaven.</summary>
internal static class SyntheticCityBeat
{
    public static readonly SyntheticBeat Beat = new(
        "city", "City", "Larkhaven City Council, transport, housing and the people who run the city.", "councilrole",
        ["council tax", "the night tram", "housing", "potholes", "street lighting", "bin collections", "parking charges", "cycle lanes", "the town hall clock", "the budget", "rent", "bus fares", "the ring road"],
        [
            "Council approves {amount} plan for new {facility} in {place}",
            "{place} residents fight plans for {development} on {street}",
            "{Topic} row: councillors split over {place} proposals",
            "Night tram trial extended after {percent}% rise in passengers",
            "{street} to close for {number} weeks as {facility} work begins",
            "Council tax to rise by {percent}% as {council} faces {amount} gap",
            "Plans for {development} in {place} rejected after {bignumber} objections",
            "{place} {facility} saved after last-minute deal",
            "Why {place} waited {number} years for a new {facility}",
            "Cycle lane on {street} to be made permanent",
            "Councillor {surname} quits over {topic} decision",
            "{bignumber} homes promised for {place} in ten-year plan",
        ],
        [
            "Councillors voted {number} to {smallnumber} on {weekday} to back the scheme, which officers say will cost {amount} over three years.",
            "Residents say nobody asked them. The council says the consultation ran for {number} weeks and drew {bignumber} responses.",
            "The decision follows a {month} report that found {topic} in {place} had fallen behind every other district in the city.",
            "Supporters call it overdue; critics say {place} is paying for the rest of Larkhaven's mistakes.",
        ],
        [
            "Larkhaven City Council has approved a plan to spend {amount} on {topic} in {place}, after a debate that ran late into {weekday} evening.",
            "Residents of {place} packed the public gallery at the town hall on {weekday} as {council} discussed the future of {topic} in their district.",
            "Plans that would change {topic} across {place} for a generation have cleared their first hurdle at {council}.",
            "The future of the {facility} on {street} is secure for at least {number} years, the council confirmed on {weekday}.",
            "A long-running dispute over {topic} in {place} took a new turn this week when {person}, the {councilrole}, announced a review.",
        ],
        [
            "The report, published in {month}, estimated that {bignumber} households in {place} would be affected.",
            "Officers told the committee that the work would begin in {month} and take around {number} months.",
            "Opposition councillors asked why the costs had risen by {percent}% since the scheme was first proposed.",
            "Traders on {street} said they had not been told how deliveries would reach them during the closure.",
            "The council received {bignumber} responses to its consultation, a record for a scheme of this size.",
            "A petition against the plans, started by residents of {place2}, has gathered {bignumber} signatures.",
            "The {facility} was built in {year} and has needed repairs to its roof for more than a decade.",
            "Under the proposals, parking on {street} would be limited to residents between 8am and 6pm.",
            "The money comes from a {amount} fund the council set aside in {year} for projects in the city's older districts.",
            "Council officers say {topic} costs have risen faster than inflation in each of the past {smallnumber} years.",
            "Bus operators will run a replacement service from {street} while the work is under way.",
            "The scheme will be reviewed after {number} months, with a report due before the next budget.",
            "Campaigners in {place} have asked for an independent inquiry into how the decision was reached.",
            "At its busiest the route carries around {bignumber} passengers a day, according to council figures.",
        ],
        [
            "We have listened, and the plan we approved tonight is better for it",
            "People in {place} have waited long enough, and they deserve better than another consultation",
            "Nobody likes paying more, but the alternative was closing the {facility}",
            "This is a good day for {place}, and a better one for the whole city",
            "The numbers simply do not add up, and residents will be left to pick up the bill",
            "I have lived on {street} for {number} years and I have never seen the council move this fast",
        ],
        ["What the plan means", "The cost", "What residents say", "What happens next", "A long-running dispute", "The vote", "Who pays"],
        ["City council", "Housing", "Transport", "Planning", "Council tax", "Night tram", "Budget", "Local democracy", "Roads", "Parking"]);
}
