namespace Byline.IntegrationTests.Feeds;

/// <summary>
/// What the seeded sample site holds, copied from the front matter of src/Byline/Content/Sample/*.md and site.yml,
/// so that a test can say which stories a feed or sitemap must list without asking the code under test.
/// </summary>
internal static class SampleSite
{
    public static readonly IReadOnlyList<string> Sections = ["city", "business", "education", "culture", "environment", "sport"];

    public static readonly IReadOnlyDictionary<string, string> People = new Dictionary<string, string>
    {
        ["mara-okonkwo"] = "Mara Okonkwo",
        ["tomasz-brennan"] = "Tomasz Brennan",
        ["ilse-varga"] = "Ilse Varga",
        ["devika-rao"] = "Devika Rao",
        ["brightwater-heat-pumps"] = "Brightwater Heat Pumps",
    };

    public static readonly IReadOnlyList<SampleStory> Stories =
    [
        new("corn-exchange-jazz-weekend-review", "culture", ["ilse-varga"], ["Music", "Festivals", "Corn Exchange"], 300),
        new("ferngate-secondary-four-day-timetable-trial", "education", ["ilse-varga"], ["Schools", "City council", "Saltmarsh"], 8),
        new("harbour-row-bakery-expands-into-empty-shops", "business", ["tomasz-brennan"], ["High street", "Small business", "Port of Larkhaven"], 100),
        new("larkhaven-budget-council-tax-libraries-potholes", "city", ["mara-okonkwo"], ["Budget", "City council", "Transport"], 30),
        new("larkhaven-college-marine-science-tidal-pools", "education", ["ilse-varga", "devika-rao"], ["Schools", "Wren estuary", "Larkhaven College", "Science"], 150),
        new("larkhaven-rowing-club-wins-wren-regatta-eights", "sport", ["tomasz-brennan"], ["Rowing", "Wren estuary"], 500),
        new("opinion-give-the-night-trams-a-fair-run", "city", ["tomasz-brennan"], ["Transport", "Night life", "City council"], 28),
        new("night-tram-trial-timetable", "city", ["mara-okonkwo"], ["Transport", "City council", "Night life", "Saltmarsh"], 45),
        new("port-of-larkhaven-container-record-marrowby-ferry", "business", ["tomasz-brennan"], ["Port of Larkhaven", "Ferries", "Wren estuary"], 20),
        new("review-the-tide-clock-gullrock-playhouse", "culture", ["ilse-varga"], ["Theatre", "Gullrock Playhouse", "Reviews"], 70),
        new("sponsored-brightwater-heat-pump-questions", "business", ["brightwater-heat-pumps"], ["Energy", "Homes"], 60),
        new("saltmarsh-fish-market-cooperative", "business", ["tomasz-brennan"], ["Saltmarsh", "Port of Larkhaven", "Cooperatives"], 400),
        new("saltmarsh-footbridge-rebuild-tram-route", "city", ["mara-okonkwo"], ["Saltmarsh", "Transport", "City council"], 3),
        new("saltmarsh-spring-bird-count-rising-tides", "environment", ["devika-rao", "mara-okonkwo"], ["Saltmarsh", "Wren estuary", "Wildlife", "Weather"], 200),
        new("storm-warning-sandbag-stations-wren-estuary", "environment", ["devika-rao"], ["Wren estuary", "Weather", "Flooding"], 700),
        new("wren-estuary-swim-lifeguards-weather", "sport", ["devika-rao"], ["Wren estuary", "Weather", "Open-water swimming", "Volunteers"], 14),
    ];

    public static SampleStory Story(string slug) => Stories.Single(s => s.Slug == slug);

    public static ISet<string> SlugsWhere(Func<SampleStory, bool> predicate) =>
        Stories.Where(predicate).Select(s => s.Slug).ToHashSet();
}

internal sealed record SampleStory(string Slug, string Section, IReadOnlyList<string> Authors, IReadOnlyList<string> Tags, double PublishedHoursAgo)
{
    public IEnumerable<string> AuthorNames => Authors.Select(a => SampleSite.People[a]);
}
