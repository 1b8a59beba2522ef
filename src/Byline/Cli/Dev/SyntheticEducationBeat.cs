namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's education beat: schools, the college and learning at every age, in Larkhaven.</summary>
internal static class SyntheticEducationBeat
{
    public static readonly SyntheticBeat Beat = new(
        "education", "Education", "Schools, the college and learning at every age.", "schoolrole",
        ["exam results", "the school day", "teacher shortages", "school meals", "the new science block", "class sizes", "school buses", "apprenticeships", "special needs support", "the four-day timetable", "uniform costs", "adult learning"],
        [
            "{school} pupils celebrate best {subject} results in {number} years",
            "{school} to trial four-day timetable from {month}",
            "Parents protest as {school} plans to cut {subject} lessons",
            "{amount} {subject} block opens at {school}",
            "Teacher shortage leaves {school} with {number} vacancies",
            "Free breakfasts for every pupil at {place} primary schools",
            "Larkhaven College launches {subject} course with the port",
            "Inspectors praise {school} after years of struggle",
            "School bus route through {place} to be scrapped, parents told",
            "{number} adults sign up for evening {subject} classes",
        ],
        [
            "The head teacher says the change will give staff time to plan, but some parents worry about childcare on the fifth day.",
            "The results put the school among the most improved in the region, two years after inspectors rated it as requiring improvement.",
            "The school says the {amount} building will let it double the number of pupils taking {subject} at A-level.",
            "Governors say the decision was forced by the budget, not by choice.",
        ],
        [
            "Pupils at {school} in {place} are celebrating after the school recorded its best {subject} results in {number} years.",
            "{school} will move to a four-day timetable for older pupils from {month}, the school's governors have confirmed.",
            "Parents gathered outside {school} on {weekday} morning to protest against plans to reduce {subject} teaching.",
            "A new {subject} block costing {amount} has opened at {school}, with laboratories that overlook the Wren estuary.",
            "Larkhaven College has teamed up with employers in {place} to offer a {subject} course aimed at school leavers.",
        ],
        [
            "The school has {bignumber} pupils on its roll, up from fewer than a thousand in {year}.",
            "{percent}% of pupils achieved a grade 5 or above in {subject}, against a national average of around half.",
            "Staff will use the fifth day for planning, marking and training, the head teacher told parents in a letter.",
            "The council's education committee will review the trial after {number} months.",
            "Parents have set up a group to share lifts if the bus route through {place2} is withdrawn.",
            "The breakfast scheme will cost {amount} a year and is funded until {year}.",
            "Inspectors noted that attendance had risen by {percent}% since the previous visit.",
            "Teachers' unions say {topic} is the biggest single worry raised by their members in Larkhaven.",
            "The college expects {number} students to enrol on the first intake in {month}.",
            "Several classes at the school currently have more than thirty pupils.",
            "The new building has solar panels on its roof and a rainwater tank that supplies its toilets.",
            "Apprentices will spend two days a week at the college and three with an employer in {place}.",
        ],
        [
            "They have worked incredibly hard, and these results belong to them",
            "We are not doing this to save money; we are doing it because tired teachers cannot teach well",
            "My daughter loves {subject}, and now she is being told there is no room for it",
            "This building says to every child in {place} that science is for them",
            "Nobody becomes a teacher for an easy life, but we need more hands",
            "A hot breakfast makes a bigger difference to a morning than any lesson plan",
        ],
        ["The results", "What parents say", "How the trial works", "The staff", "What the inspectors found", "What happens next"],
        ["Schools", "Larkhaven College", "Exams", "Teachers", "Parents", "Apprenticeships", "School meals", "Young people", "Education funding", "Adult learning"]);
}
