namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's culture beat: music, theatre, books, food and festivals, in Larkhaven.</summary>
internal static class SyntheticCultureBeat
{
    public static readonly SyntheticBeat Beat = new(
        "culture", "Culture", "Music, theatre, books, food and the city's festivals.", "artistrole",
        ["the jazz weekend", "live music", "the theatre", "the book festival", "public art", "the museum", "local history", "street food", "the cinema", "the choir", "folk music", "the festival"],
        [
            "Review: {show} at {venue} is a quiet triumph",
            "{event} returns to {venue} with {number} acts",
            "{venue} saved from closure after {amount} appeal",
            "Larkhaven {event} draws record crowd of {bignumber}",
            "Mural honouring {place} fishing families unveiled on {street}",
            "New {artform} tells the story of the {year} flood",
            "{venue} reopens after {number}-month restoration",
            "Local choir to sing at national final",
            "Lost photographs of {place} go on show at {venue}",
            "Review: {event} at {venue} finds its voice",
        ],
        [
            "Over {smallnumber} days the festival filled halls, pubs and a car park with music, and most of it was free.",
            "A small cast, a single set and a story every Larkhaven family will recognise.",
            "Organisers feared the worst after losing their main sponsor; instead they sold out in a week.",
            "The restoration uncovered painted ceilings nobody alive had seen.",
        ],
        [
            "The {event} returned to {venue} this weekend, and for three days the whole of {place} seemed to move to its rhythm.",
            "{show}, the new {artform} at {venue}, is the most affecting thing the company has staged in years.",
            "After {number} months behind scaffolding, {venue} reopened its doors on {weekday} to a queue that reached {street}.",
            "A collection of {bignumber} photographs of {place}, found in an attic in {place2}, goes on show at {venue} from {month}.",
            "More than {bignumber} people attended this year's {event}, the organisers said, the highest number since it began in {year}.",
        ],
        [
            "Tickets cost between £8 and £24, with a third of seats held back for under-25s at £5.",
            "The restoration cost {amount}, most of it raised from donations by people in the city.",
            "The {artform} runs until the end of {month}, with a relaxed performance every {weekday}.",
            "The festival's budget this year was {amount}, of which the council provided less than a fifth.",
            "Volunteers spent {number} weekends cataloguing the photographs before they were shown.",
            "Music ran late into the night along Harbour Parade, where food stalls stayed open until midnight.",
            "The mural was painted over {smallnumber} weeks by artists from {place} and pupils from two local schools.",
            "The building opened in {year} as a corn exchange and has been a venue for music since the 1950s.",
            "A second performance has been added for {weekday} after the first sold out within hours.",
            "The archive will be kept at the Saltmarsh Library, where anyone can ask to see it.",
            "Organisers say {percent}% of those who came were from outside Larkhaven.",
            "The choir has {number} members, the youngest of them eleven and the oldest eighty-seven.",
        ],
        [
            "We wanted something that sounded like Larkhaven on a Saturday night",
            "Every face in these pictures belongs to someone's grandmother or grandfather",
            "Theatre in a town like ours is not a luxury; it is how we talk to each other",
            "When the sponsor pulled out I thought that was it, and then the city stepped in",
            "You could hear the harbour from the back row, and it suited the piece perfectly",
            "We rehearse in a church hall with a leaking roof, and now we are going to the final",
        ],
        ["The verdict", "The performers", "Behind the scenes", "A building reborn", "What the crowd said", "What's next"],
        ["Music", "Theatre", "Festivals", "Corn Exchange", "Gullrock Playhouse", "Jazz", "Local history", "Art", "Books", "Food and drink"]);
}
