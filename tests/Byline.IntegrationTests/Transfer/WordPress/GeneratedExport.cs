using System.Globalization;
using System.Text;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>
/// A WordPress export of many posts, written for the tests that need an import to run for a while (several batches):
/// each post has a category, a tag, a comment and a short link (/?p=ID), and names a word no sample story uses.
/// </summary>
internal static class GeneratedExport
{
    public const string Word = "quillwort";
    public const int FirstPostId = 5001;
    public const string SourceSite = "https://generated.larkhaven.example";

    public static string Headline(int n) => string.Create(CultureInfo.InvariantCulture, $"Generated {Word} story {n:D5}");

    /// <summary>Writes <paramref name="posts"/> posts; with <paramref name="truncate"/> the file stops before its last post ends.</summary>
    public static string Write(string folder, int posts, bool truncate = false)
    {
        var xml = new StringBuilder();
        xml.Append("""
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
            	xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
            	<title>Generated Gazette</title>
            	<wp:wxr_version>1.2</wp:wxr_version>
            """).Append('\n');
        xml.Append(CultureInfo.InvariantCulture, $"\t<wp:base_site_url>{SourceSite}</wp:base_site_url>\n");
        xml.Append("\t<wp:author><wp:author_login><![CDATA[gen]]></wp:author_login><wp:author_email><![CDATA[gen@generated.example]]></wp:author_email><wp:author_display_name><![CDATA[Gen Writer]]></wp:author_display_name></wp:author>\n");
        for (var n = 0; n < posts; n++)
        {
            var id = FirstPostId + n;
            xml.Append(CultureInfo.InvariantCulture, $"""
                	<item>
                		<title><![CDATA[{Headline(n)}]]></title>
                		<link>{SourceSite}/2024/05/01/generated-{n}/</link>
                		<dc:creator><![CDATA[gen]]></dc:creator>
                		<content:encoded><![CDATA[<p>The {Word} grows by the harbour wall, story {n}. {Filler}</p>]]></content:encoded>
                		<wp:post_id>{id}</wp:post_id>
                		<wp:post_date_gmt><![CDATA[2024-05-01 09:00:00]]></wp:post_date_gmt>
                		<wp:post_name><![CDATA[generated-{n}]]></wp:post_name>
                		<wp:status><![CDATA[publish]]></wp:status>
                		<wp:post_type><![CDATA[post]]></wp:post_type>
                		<category domain="category" nicename="generated-{n % 5}"><![CDATA[Generated {n % 5}]]></category>
                		<category domain="post_tag" nicename="generated-tag-{n % 40}"><![CDATA[Generated tag {n % 40}]]></category>
                		<wp:comment>
                			<wp:comment_id>{id}</wp:comment_id>
                			<wp:comment_author><![CDATA[Reader {n}]]></wp:comment_author>
                			<wp:comment_author_email><![CDATA[reader{n}@generated.example]]></wp:comment_author_email>
                			<wp:comment_date_gmt><![CDATA[2024-05-02 10:00:00]]></wp:comment_date_gmt>
                			<wp:comment_content><![CDATA[Lovely {Word}.]]></wp:comment_content>
                			<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
                		</wp:comment>
                	</item>

                """);
        }
        xml.Append("</channel>\n</rss>\n");
        var text = xml.ToString();
        if (truncate)
        {
            text = text[..text.LastIndexOf("<wp:comment>", StringComparison.Ordinal)];
        }
        var path = Path.Combine(folder, truncate ? "generated-truncated.xml" : $"generated-{posts}.xml");
        File.WriteAllText(path, text);
        return path;
    }

    private const string Filler = "Gulls circle the quay while the ferry waits for the tide; the harbour master counts the crates, " +
        "the fishmonger sharpens her knives, and the council's new timetable is pinned to the shelter by the steps. " +
        "Nobody reads it, because everybody knows when the boat goes: when it is full, and not a minute before.";
}
