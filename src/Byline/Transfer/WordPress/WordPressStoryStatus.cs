using Byline.Content;

namespace Byline.Transfer.WordPress;

/// <summary>
/// A post's date and the status its story is to have, from WordPress's: what Byline has no form for (a password, a
/// private post, an unknown status) is kept unpublished, as a draft, and the report says so.
/// </summary>
internal sealed class WordPressStoryStatus(WordPressImportState state)
{
    public (ArticleStatus Status, DateTimeOffset? PublishedAt) StatusOf(WxrItem item, DateTimeOffset? date, string kind, string label)
    {
        var report = state.Report;
        if (item.Password.Length > 0)
        {
            report.Note(item.Line, kind, label, "password-protected in WordPress: kept unpublished, as a draft");
            return (ArticleStatus.Draft, null);
        }
        switch (item.Status)
        {
            case "publish":
                return (ArticleStatus.Published, date ?? state.Now);
            case "future":
                return (ArticleStatus.Scheduled, date ?? state.Now);
            case "pending":
                return (ArticleStatus.InReview, null);
            case "draft":
                return (ArticleStatus.Draft, null);
            case "private":
                report.Note(item.Line, kind, label, "private in WordPress: kept unpublished, as a draft");
                return (ArticleStatus.Draft, null);
            default:
                report.Note(item.Line, kind, label, $"unknown status “{item.Status}”: imported as a draft");
                return (ArticleStatus.Draft, null);
        }
    }

    /// <summary>The post's date in UTC: the GMT date, else the RSS pubDate, else the local date taken as UTC.</summary>
    public DateTimeOffset? DateOf(WxrItem item, string kind, string label)
    {
        foreach (var (field, value) in new[] { ("wp:post_date_gmt", item.PostDateGmt), ("pubDate", item.PubDate), ("wp:post_date", item.PostDate) })
        {
            if (WxrDates.IsUnset(value))
            {
                continue;
            }
            if (WxrDates.Parse(value) is { } date)
            {
                return date;
            }
            state.Report.Note(item.Line, kind, label, $"the date “{WordPressImportRun.Shorten(value, 40)}” in <{field}> is not a date Byline understands");
        }
        return null;
    }
}
