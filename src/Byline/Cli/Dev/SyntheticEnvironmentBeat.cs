namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's environment beat: the estuary, the marshes, weather, energy and the coast, in Larkhaven.</summary>
internal static class SyntheticEnvironmentBeat
{
    public static readonly SyntheticBeat Beat = new(
        "environment", "Environment", "The Wren estuary, the Saltmarsh, weather, energy and the coast.", "greenrole",
        ["flood defences", "the Wren estuary", "the saltmarsh", "air quality", "solar power", "tree planting", "water quality", "the bird count", "coastal erosion", "heat pumps", "recycling", "storm damage"],
        [
            "Sandbag stations open as storm warning issued for {place}",
            "{wild} return to the Wren estuary after {number} years",
            "{amount} flood defence plan for {place} gets go-ahead",
            "Spring bird count finds {percent}% more {wild} on the Saltmarsh",
            "Sewage spill closes {place} beach for {smallnumber} days",
            "Solar panels to cover every school roof in {place}",
            "Rising tides threaten {street}, engineers warn",
            "{bignumber} trees to be planted along {street}",
            "Air quality on {street} breaches legal limit for the {ordinal} year running",
            "Volunteers clear {number} tonnes of litter from the estuary",
        ],
        [
            "Forecasters expect gusts of up to {number} miles an hour and a tide {smallnumber} metres above normal on {weekday} night.",
            "Scientists say cleaner water and quieter shores are paying off, but warn that one bad winter could undo the progress.",
            "The plan includes a new sea wall, raised footpaths and a pumping station, and could take five years to complete.",
            "Campaigners welcomed the news but said the city should have acted after the {year} floods.",
        ],
        [
            "Residents in {place} have been urged to collect sandbags ahead of a storm expected to bring {hazard} to the coast on {weekday}.",
            "Volunteers counting birds on the Saltmarsh recorded {bignumber} {wild} this spring, the highest figure since the count began in {year}.",
            "A {amount} plan to protect {place} from {hazard} has been approved, a decade after the district last flooded.",
            "The beach at {place} has been closed after a sewage overflow during heavy rain on {weekday}.",
            "Engineers have warned that homes on {street} could face regular {hazard} within {number} years unless defences are raised.",
        ],
        [
            "Sandbags can be collected from {smallnumber} stations, including the car park on {street}.",
            "The Environment Agency has issued {smallnumber} flood warnings for the Wren estuary since {month}.",
            "The count is carried out each year by around {number} volunteers over a single weekend.",
            "Sea levels at Larkhaven have risen by about twenty centimetres since records began in {year}.",
            "The water company said the overflow lasted {number} hours and that it was investigating the cause.",
            "The scheme is funded by {amount} from central government and {amount2} from the council.",
            "Seagrass meadows in the estuary store carbon and shelter young fish, researchers say.",
            "Readings on {street} averaged {number} micrograms of nitrogen dioxide per cubic metre last year.",
            "The panels are expected to cut the schools' electricity bills by around {percent}%.",
            "The last serious flood, in {year}, damaged {bignumber} homes in {place} and {place2}.",
            "Residents can report blocked drains through the council's website or by phone.",
            "Volunteers meet at the old lifeboat station on the first {weekday} of every month.",
        ],
        [
            "The estuary is telling us it can recover if we give it half a chance",
            "Take the warnings seriously, move your car and check on your neighbours",
            "We have had three near misses in five years, and our luck will not last for ever",
            "Counting birds in the rain is not glamorous, but the numbers matter",
            "People paddle here, children swim here, and they deserve clean water",
            "Every tree we plant on {street} will outlive all of us",
        ],
        ["The forecast", "What the count found", "The defences", "What residents can do", "The science", "A changing coast"],
        ["Wren estuary", "Flooding", "Saltmarsh", "Climate", "Wildlife", "Weather", "Energy", "Pollution", "Trees", "Coast"]);
}
