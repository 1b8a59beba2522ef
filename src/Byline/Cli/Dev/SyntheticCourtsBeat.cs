namespace Byline.Cli.Dev;

/// <summary>The synthetic archive's courts beat: crime and justice, in Larkhaven.</summary>
internal static class SyntheticCourtsBeat
{
    public static readonly SyntheticBeat Beat = new(
        "courts", "Courts", "Crime and justice in Larkhaven's courts.", "justicerole",
        ["burglaries", "fraud", "dangerous driving", "anti-social behaviour", "the trial", "sentencing", "shoplifting", "fly-tipping", "drug dealing", "knife crime"],
        [
            "{place} man jailed for {number} months for {charge}",
            "Woman cleared of {charge} after three-day trial",
            "Gang stole {amount} in {place} {charge} spree, court hears",
            "Driver banned for {smallnumber} years after {street} crash",
            "Fly-tipper fined {amount} for dumping waste in {place}",
            "{charge} in {place} up by {percent}%, police figures show",
            "Boat owner fined for {charge} in the Wren estuary",
            "Teenagers given community orders for {charge} at {facility}",
            "Former {businessrole} admits {charge} at {court}",
        ],
        [
            "The judge told the defendant his actions had caused fear across a whole neighbourhood.",
            "The jury took less than two hours to reach its verdict.",
            "Police say the figures reflect better reporting as well as more crime.",
            "The court heard the defendant had no previous convictions.",
        ],
        [
            "A man from {place} has been jailed for {number} months after admitting {charge} at {court}.",
            "A woman accused of {charge} has been cleared by a jury at {court} after a three-day trial.",
            "A driver who caused a crash on {street} while using his phone has been banned from driving for {smallnumber} years.",
            "Reports of {charge} in {place} rose by {percent}% last year, according to figures released by the police on {weekday}.",
            "Magistrates have fined a man {amount} for {charge} after waste was found dumped on a verge in {place}.",
        ],
        [
            "The court heard that the offences took place over {number} weeks in the spring of {year}.",
            "Officers recovered property worth {amount} from a garage in {place2}.",
            "The defendant, who represented himself, told the court he had been under financial pressure.",
            "The judge ordered him to pay {amount} in compensation to his victims.",
            "Police have increased patrols in {place} on {weekday} and Saturday nights.",
            "The case was adjourned twice before the trial finally began in {month}.",
            "The prosecution said the defendant had shown no remorse.",
            "Neighbourhood officers hold a drop-in session at the library on {street} every month.",
            "The council spends around {amount} a year clearing fly-tipped waste.",
            "Witnesses described seeing the car travelling at well over the limit on {street}.",
            "Sentencing was adjourned until {month} for reports to be prepared.",
            "Police urged anyone with information to call 101 and quote the date of the incident.",
        ],
        [
            "These were not victimless crimes; people no longer feel safe in their own homes",
            "The jury has listened carefully, and my client is relieved it is over",
            "One look at a phone cost a family almost everything",
            "We will not tolerate people treating {place} as a rubbish tip",
            "The figures are a concern, and we are putting more officers on the streets",
            "Justice has been done, but nothing will give us back what we lost",
        ],
        ["In court", "The sentence", "What the judge said", "The police response", "The victims", "The figures"],
        ["Crime", "Courts", "Police", "Burglary", "Road safety", "Justice", "Fraud", "Anti-social behaviour", "Fly-tipping", "Sentencing"]);
}
