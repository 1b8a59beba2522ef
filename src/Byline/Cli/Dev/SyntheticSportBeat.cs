namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's sport beat: clubs, races and the people who play, in Larkhaven.</summary>
internal static class SyntheticSportBeat
{
    public static readonly SyntheticBeat Beat = new(
        "sport", "Sport", "Larkhaven's clubs, races and the people who play.", "sportrole",
        ["the cup run", "the regatta", "the half marathon", "youth football", "the new pitch", "the league title", "promotion", "the derby", "women's rugby", "the swimming gala", "the boxing club"],
        [
            "{club} beat {rival} {score} to reach {competition} final",
            "{club} crowned champions after {number}-year wait",
            "Late goal sinks {club} against {rival}",
            "{bignumber} runners take on the Larkhaven half marathon",
            "{club} eights win at the Wren regatta",
            "New {amount} pitch for {club} in {place}",
            "{club} {sportrole} steps down after {number} seasons",
            "{place} teenager picked for national squad",
            "Derby day: {club} and {rival} share the points",
            "Record entry for {competition} as clubs return in force",
        ],
        [
            "A packed crowd at Kelder Park saw the home side come from behind in the final ten minutes.",
            "It was the club's first trophy since {year}, and the celebrations went on long after dark.",
            "The new pitch will be open to schools and community teams during the week.",
            "Organisers said the conditions were perfect: cool, dry and with barely any wind off the estuary.",
        ],
        [
            "{club} are through to the final of {competition} after a {score} win over {rival} at Kelder Park on {weekday}.",
            "More than {bignumber} runners set off from Harbour Parade on {weekday} morning for the Larkhaven half marathon.",
            "{club} have been crowned champions of {competition}, ending a wait that stretched back to {year}.",
            "{person}, who has led {club} for {number} seasons, will step down at the end of the campaign.",
            "The crews of {club} dominated the Wren regatta on {weekday}, winning {smallnumber} of the day's finals.",
        ],
        [
            "The winning goal came in the {minutes}th minute, a header from a corner at the far post.",
            "The course follows the estuary to Marrowby and back along Quay Road.",
            "The club was founded in {year} and plays its home games in {place}.",
            "The new pitch cost {amount}, with half the money coming from a national sports fund.",
            "Around {bignumber} spectators lined the route, many of them ringing cowbells.",
            "The winner finished in one hour {minutes} minutes, a course record by eleven seconds.",
            "The final will be played in {month} at a neutral ground yet to be chosen.",
            "The club runs {smallnumber} junior teams, with more than {number} girls registered this season.",
            "{rival} had won the previous three meetings between the sides.",
            "Training takes place on {weekday} evenings under the floodlights at {place2}.",
            "The squad travels to {rival} next {weekday} for the last game of the season.",
            "Rowers were on the water before six in the morning to make the most of the tide.",
        ],
        [
            "We never stopped believing, even at two down with twenty minutes left",
            "This club is a family, and today the whole family was here",
            "You train all winter in the dark for mornings like this",
            "I have given this club {number} years and it has given me more back",
            "The kids who watched today are the players of the next ten years",
            "Nobody gave us a chance, and that suited us fine",
        ],
        ["How the match was won", "The race", "The crowd", "What the manager said", "The season so far", "What's next"],
        ["Football", "Rowing", "Running", "Rugby", "Cricket", "Swimming", "Kelder Park", "Youth sport", "Boxing", "Sailing"]);
}
