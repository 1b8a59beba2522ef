namespace Byline.Cli.Dev;

/// <summary>One written synthetic story: its text in Markdown and in the HTML it renders to, its word count and tag names.</summary>
internal sealed record SyntheticStory(string Headline, string Standfirst, string Markdown, string Html, int WordCount, IReadOnlyList<string> Tags);
