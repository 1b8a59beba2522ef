using System.Globalization;
using System.Text;

namespace Byline.Transfer.WordPress;

/// <summary>
/// What an import (or a dry run) did: counts per kind, and every item that did not convert cleanly with its line and
/// the reason. Written to the terminal, saved as Markdown, and shown on the newsroom's import page.
/// </summary>
public sealed class WordPressImportReport
{
    public const string Posts = "posts";
    public const string Pages = "pages";
    public const string Attachments = "attachments";
    public const string BodyImages = "images in posts";
    public const string Categories = "categories";
    public const string Tags = "tags";
    public const string Authors = "authors";
    public const string Comments = "comments";
    public const string Redirects = "redirects";
    public const string Other = "other items";

    /// <summary>Beyond this many, issues are counted but not listed (a broken export of 100,000 posts must not fill memory).</summary>
    public const int MaxListedIssues = 5_000;

    private static readonly string[] Order = [Posts, Pages, Attachments, BodyImages, Categories, Tags, Authors, Comments, Redirects, Other];

    private readonly List<WordPressImportIssue> _issues = [];

    public required string FileName { get; init; }
    public bool DryRun { get; init; }
    public string WxrVersion { get; set; } = "";
    public string SourceSite { get; set; } = "";
    public TimeSpan Duration { get; set; }
    public Dictionary<string, WordPressImportCount> Counts { get; } = Order.ToDictionary(k => k, _ => new WordPressImportCount());
    public IReadOnlyList<WordPressImportIssue> Issues => _issues;
    public int UnlistedIssues { get; private set; }

    /// <summary>Imported authors whose address the export gave: each can be invited to take over their profile.</summary>
    public int AuthorsToInvite { get; set; }

    public WordPressImportCount this[string kind] => Counts[kind];

    public void Note(int line, string kind, string item, string message)
    {
        if (_issues.Count < MaxListedIssues)
        {
            _issues.Add(new WordPressImportIssue(line, kind, item, message));
        }
        else
        {
            UnlistedIssues++;
        }
    }

    /// <summary>One line for the audit log: what was imported.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"Imported the WordPress export {FileName}: {Counts[Posts].Imported:N0} posts, {Counts[Pages].Imported:N0} pages, " +
        $"{Counts[Comments].Imported:N0} comments, {Counts[Attachments].Imported:N0} images, {Counts[Authors].Imported:N0} authors");

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("# WordPress import ").Append(DryRun ? "dry run " : "").Append("report: ").Append(FileName).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"WXR {WxrVersion} from {(SourceSite.Length == 0 ? "an unnamed site" : SourceSite)}, read in {Duration.TotalSeconds:0.0} s. ");
        text.Append(DryRun ? "This was a dry run: nothing was written.\n\n" : "Readers saw none of it until all of it was in place.\n\n");
        text.Append("| kind | imported | already there | not imported |\n| --- | ---: | ---: | ---: |\n");
        foreach (var kind in Order)
        {
            var count = Counts[kind];
            text.Append(CultureInfo.InvariantCulture, $"| {kind} | {count.Imported:N0} | {count.AlreadyThere:N0} | {count.NotImported:N0} |\n");
        }
        text.Append('\n');
        if (AuthorsToInvite > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{AuthorsToInvite:N0} imported {(AuthorsToInvite == 1 ? "author has" : "authors have")} no newsroom account yet. ");
            text.Append(DryRun ? "After the import, an admin" : "An admin").Append(" invites them from Newsroom → People → Authors without an account: ");
            text.Append("each invitation link lets the author choose a password and take over the stories already under their name. ");
            text.Append("Their WordPress email addresses are kept for that and never published.\n\n");
        }
        if (_issues.Count == 0)
        {
            text.Append("Every item converted cleanly.\n");
            return text.ToString();
        }
        text.Append(CultureInfo.InvariantCulture, $"## Items to look at ({_issues.Count + UnlistedIssues:N0})\n\n");
        foreach (var issue in _issues)
        {
            text.Append(CultureInfo.InvariantCulture, $"- line {issue.Line}, {issue.Kind} {issue.Item}: {issue.Message}\n");
        }
        if (UnlistedIssues > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"- … and {UnlistedIssues:N0} more not listed.\n");
        }
        return text.ToString();
    }
}
