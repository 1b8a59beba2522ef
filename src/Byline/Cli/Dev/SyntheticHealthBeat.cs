namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's health beat: hospitals, surgeries and the city's health, in Larkhaven.</summary>
internal static class SyntheticHealthBeat
{
    public static readonly SyntheticBeat Beat = new(
        "health", "Health", "Hospitals, surgeries and the city's health.", "healthrole",
        ["waiting lists", "the hospital", "GP appointments", "ambulance response times", "mental health", "the new clinic", "vaccinations", "dentists", "pharmacies", "maternity care", "nurses", "social care"],
        [
            "Waiting times for {condition} at {hospital} fall to {number} weeks",
            "{hospital} opens {amount} unit for {condition}",
            "Patients in {place} wait {number} days for a GP appointment",
            "Ambulance response times in Larkhaven miss target for the {ordinal} month in a row",
            "New walk-in clinic for {place} after years of campaigning",
            "{condition} cases rise in Larkhaven, health officials warn",
            "Nurses at {hospital} to get {percent}% pay rise",
            "Only {smallnumber} dentists in Larkhaven taking new patients",
            "{bignumber} children missed {condition} appointments, figures show",
        ],
        [
            "Health bosses say the improvement follows the opening of extra operating theatres in {month}.",
            "Patients describe long queues on the phone each morning and appointments weeks away.",
            "The unit will treat around {bignumber} patients a year who currently travel to the county hospital.",
            "Officials urged parents to check their children's records before the winter.",
        ],
        [
            "Patients at {hospital} are waiting an average of {number} weeks for {condition}, down from almost a year in {year}.",
            "A new unit for {condition} costing {amount} has opened at {hospital}, meaning patients from {place} no longer have to travel for treatment.",
            "People in {place} are waiting an average of {number} days to see a GP, according to figures published on {weekday}.",
            "Health officials in Larkhaven have urged people to get vaccinated after a rise in {condition} cases across the city.",
            "Campaigners in {place} are celebrating after the health board agreed to open a walk-in clinic on {street}.",
        ],
        [
            "The health board said {percent}% of patients were now seen within the national target.",
            "The unit has {number} beds and will be staffed around the clock.",
            "Practices in {place} serve {bignumber} patients between them, with {smallnumber} full-time doctors.",
            "The ambulance service said handover delays at {hospital} were the main cause of the slower response times.",
            "Recruitment is under way for {number} nurses and healthcare assistants.",
            "The clinic will open from 8am to 8pm, seven days a week, from {month}.",
            "Figures show {bignumber} people in Larkhaven are on a waiting list for treatment of some kind.",
            "The pharmacy on {street} has extended its hours to take pressure off local surgeries.",
            "The new equipment was paid for by a {amount} appeal run by the hospital's charity.",
            "Parents can book appointments through their surgery or at a pop-up clinic in {place2}.",
            "Staff sickness rates at the hospital are at their lowest since {year}.",
            "The health board meets in public on the last {weekday} of each month.",
        ],
        [
            "Every week we shave off the waiting list is a week someone is not living in pain",
            "I rang at eight every morning for a fortnight before I got through",
            "This unit means people from {place} can be treated close to home, with their families near",
            "Our staff have carried this hospital through the hardest years any of us remember",
            "Prevention is cheaper than cure, and a jab takes five minutes",
            "We fought for this clinic for {number} years, and now it is finally happening",
        ],
        ["The figures", "What patients say", "The new unit", "Staffing", "What the health board says", "How to get help"],
        ["Health", "Larkhaven General Hospital", "GPs", "NHS", "Waiting lists", "Mental health", "Ambulances", "Vaccinations", "Dentists", "Care"]);
}
