using System.Globalization;
using System.Text;
using Byline.Content;

namespace Byline.Cli.Dev;

/// <summary>
/// Writes one synthetic story from <see cref="SyntheticVocabulary"/>: a headline, a standfirst and a body of 150–900
/// words in paragraphs, with subheadings in longer stories, quotes from the story's people, and a closing note that says
/// the story is synthetic. The same seed writes the same stories. Names of people and places stay the same within a
/// story; numbers change from sentence to sentence, as they do in real reporting.
/// </summary>
internal sealed class SyntheticWriter(Random random)
{
    public const int MinWords = 150;
    public const int MaxWords = 900;

    private static readonly string[] Ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    private static readonly string[] SmallNumbers = ["two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] Subjects =
    [
        "Residents", "Council officers", "Local traders", "Campaigners", "Parents", "Volunteers", "Neighbours", "Some staff",
        "Supporters", "Critics", "Several councillors", "A group of pensioners", "Families in {place}", "Younger residents",
        "Community leaders", "Regular visitors",
    ];

    private static readonly string[] Reactions =
    [
        "have raised concerns about", "have welcomed", "have questioned the timing of", "have asked for more details about",
        "are planning a meeting about", "have started a petition over", "say they were surprised by", "have praised",
        "want a second look at", "say they were not consulted on", "have written to their MP about", "are cautiously optimistic about",
    ];

    private static readonly string[] Objects =
    [
        "the plans", "the decision", "the cost", "the timetable", "the consultation", "the changes", "the proposals", "{topic}",
        "the way the news was announced", "what it means for {place}",
    ];

    private static readonly string[] Settings =
    [
        "", " this week", " since {month}", " at a meeting on {weekday}", " in letters to the newsroom", " on the community forum",
        " since the announcement", " in {place2}", " outside the town hall", " over the past {number} days",
    ];

    private static readonly int NoteWords = Count(SyntheticVocabulary.SyntheticNote);

    private readonly Dictionary<string, string> _fixed = new(StringComparer.Ordinal);
    private SyntheticBeat _beat = null!;
    private int _year;

    /// <summary>Writes a story for <paramref name="beat"/>, dated in <paramref name="year"/> (years in the text lie before it).</summary>
    public SyntheticStory Write(SyntheticBeat beat, int year)
    {
        ArgumentNullException.ThrowIfNull(beat);
        _beat = beat;
        _year = year;
        _fixed.Clear();
        _fixed["topic"] = Pick(beat.Topics);
        _fixed["person"] = Person();
        _fixed["person2"] = Person();
        _fixed["role"] = Pick(SyntheticVocabulary.Lists[beat.RoleSlot]);
        _fixed["role2"] = Pick(SyntheticVocabulary.Lists[beat.RoleSlot], avoid: _fixed["role"]);

        var headline = Capitalise(Fill(Pick(beat.Headlines)));
        var standfirst = Fill(Pick(beat.Standfirsts));
        var target = MinWords + (int)((MaxWords - MinWords) * Math.Pow(random.NextDouble(), 1.3));

        var blocks = new List<(bool Heading, string Text)> { (false, Fill(Pick(beat.Leads)) + " " + Detail()) };
        var words = Count(blocks[0].Text);
        var headings = beat.Subheadings.Concat(SyntheticVocabulary.CommonSubheadings).OrderBy(_ => random.Next()).ToList();
        var sinceHeading = words;
        var headingWords = 0;
        var quotes = beat.Quotes.OrderBy(_ => random.Next()).ToList();
        while (words < target)
        {
            if (target >= 350 && sinceHeading >= 150 && headings.Count > 0 && target - words > 80)
            {
                blocks.Add((true, headings[0]));
                headingWords += Count(headings[0]);
                headings.RemoveAt(0);
                sinceHeading = 0;
            }
            var paragraph = quotes.Count > 0 && random.NextDouble() < 0.3 ? Quote(Take(quotes)) : Paragraph();
            blocks.Add((false, paragraph));
            var added = Count(paragraph);
            words += added;
            sinceHeading += added;
        }

        var markdown = new StringBuilder();
        var html = new StringBuilder();
        foreach (var (heading, text) in blocks)
        {
            markdown.Append(heading ? "## " : "").Append(text).Append("\n\n");
            html.Append(heading ? $"<h2 id=\"{Slugs.From(text)}\">" : "<p>").Append(Encode(text)).Append(heading ? "</h2>\n" : "</p>\n");
        }
        markdown.Append('*').Append(SyntheticVocabulary.SyntheticNote).Append("*\n");
        html.Append("<p><em>").Append(Encode(SyntheticVocabulary.SyntheticNote)).Append("</em></p>\n");

        var tags = beat.Tags.OrderBy(_ => random.Next()).Take(1 + random.Next(3)).ToList();
        if (random.NextDouble() < 0.4)
        {
            tags.Add(_fixed.TryGetValue("place", out var place) ? place : Pick(SyntheticVocabulary.Districts));
        }
        tags.Add(SyntheticVocabulary.SyntheticTag);
        // The words of the text the reader sees, blocks and note: no word runs across the line breaks between them.
        var wordCount = words + headingWords + NoteWords;
        return new SyntheticStory(headline, standfirst, markdown.ToString(), html.ToString(), wordCount, tags.Distinct().ToList());
    }

    /// <summary>An index into a list of <paramref name="count"/>, early entries more often than late ones.</summary>
    public int Skewed(int count) => Math.Min(count - 1, (int)(count * Math.Pow(random.NextDouble(), 1.8)));

    private string Paragraph()
    {
        var sentences = 2 + random.Next(3);
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(random.NextDouble() < 0.25 ? Reaction() : Detail());
        }
        return text.ToString();
    }

    private string Detail() => Fill(random.NextDouble() < 0.75 ? Pick(_beat.Details) : Pick(SyntheticVocabulary.CommonDetails));

    private string Reaction() =>
        Fill($"{Pick(Subjects)} {Pick(Reactions)} {Pick(Objects)}{Pick(Settings)}.");

    private string Quote(string speech)
    {
        var spoken = Fill(speech);
        var (name, role) = random.NextDouble() < 0.6 ? (_fixed["person"], _fixed["role"]) : (_fixed["person2"], _fixed["role2"]);
        return random.Next(3) switch
        {
            0 => $"“{spoken},” said {name}, {Article(role)} {role}.",
            1 => $"{name}, {Article(role)} {role}, said: “{spoken}.”",
            _ => $"“{spoken},” {name} told the newsroom. “{Fill(Pick(_beat.Quotes))}.”",
        };
    }

    /// <summary>
    /// Replaces each {slot} (a run of word characters in braces, as the regex <c>\{(\w+)\}</c> would find them) from
    /// left to right, so the random numbers are drawn in the same order; a scan instead of a regex replace, which cost
    /// half of the writing.
    /// </summary>
    private string Fill(string template)
    {
        var open = template.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }
        var text = new StringBuilder(template.Length + 64);
        var copied = 0;
        while (open >= 0)
        {
            var end = open + 1;
            while (end < template.Length && IsWordCharacter(template[end]))
            {
                end++;
            }
            if (end > open + 1 && end < template.Length && template[end] == '}')
            {
                text.Append(template, copied, open - copied).Append(SlotValue(template[(open + 1)..end]));
                copied = end + 1;
                open = template.IndexOf('{', copied);
            }
            else
            {
                open = template.IndexOf('{', open + 1);
            }
        }
        return text.Append(template, copied, template.Length - copied).ToString();
    }

    private string SlotValue(string name)
    {
        var value = Value(char.ToLowerInvariant(name[0]) + name[1..]);
        return char.IsUpper(name[0]) ? Capitalise(value) : value;
    }

    /// <summary>What the regex class <c>\w</c> matches: letters, non-spacing marks, decimal digits and connectors.</summary>
    private static bool IsWordCharacter(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.ConnectorPunctuation;

    private string Value(string slot)
    {
        switch (slot)
        {
            case "amount" or "amount2":
                return random.NextDouble() < 0.55
                    ? string.Create(CultureInfo.InvariantCulture, $"£{20 + random.Next(930)},000")
                    : string.Create(CultureInfo.InvariantCulture, $"£{1 + (random.Next(480) / 10.0):0.0}m");
            case "percent":
                return (2 + random.Next(64)).ToString(CultureInfo.InvariantCulture);
            case "number":
                return (3 + random.Next(58)).ToString(CultureInfo.InvariantCulture);
            case "smallnumber":
                return Pick(SmallNumbers);
            case "ordinal":
                return Pick(Ordinals);
            case "bignumber":
                return (120 + Skewed(48_000)).ToString("N0", CultureInfo.InvariantCulture);
            case "year":
                return (_year - 1 - random.Next(40)).ToString(CultureInfo.InvariantCulture);
            case "minutes":
                return (10 + random.Next(80)).ToString(CultureInfo.InvariantCulture);
            case "score":
                var winner = 1 + random.Next(4);
                return string.Create(CultureInfo.InvariantCulture, $"{winner}-{random.Next(winner)}");
            case "surname":
                return _fixed["person"][(_fixed["person"].IndexOf(' ', StringComparison.Ordinal) + 1)..];
            default:
                break;
        }
        if (_fixed.TryGetValue(slot, out var known))
        {
            return known;
        }
        var second = slot.EndsWith('2');
        var list = SyntheticVocabulary.Lists[second ? slot[..^1] : slot];
        var value = Pick(list, avoid: second && _fixed.TryGetValue(slot[..^1], out var first) ? first : null);
        _fixed[slot] = value;
        return value;
    }

    private string Person() =>
        $"{SyntheticVocabulary.FirstNames[Skewed(SyntheticVocabulary.FirstNames.Length)]} {SyntheticVocabulary.Surnames[Skewed(SyntheticVocabulary.Surnames.Length)]}";

    private string Pick(string[] list, string? avoid = null)
    {
        var value = list[Skewed(list.Length)];
        return value == avoid && list.Length > 1 ? list[(Array.IndexOf(list, value) + 1 + random.Next(list.Length - 1)) % list.Length] : value;
    }

    private static string Take(List<string> list)
    {
        var value = list[^1];
        list.RemoveAt(list.Count - 1);
        return value;
    }

    private static string Article(string role) => "aeiouAEIOU".Contains(role[0], StringComparison.Ordinal) ? "an" : "a";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static int Count(string text) => WordCounter.Count(text);

    private static string Encode(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
