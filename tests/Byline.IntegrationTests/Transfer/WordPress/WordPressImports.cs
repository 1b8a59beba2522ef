using Byline.Accounts;
using Byline.IntegrationTests.Newsroom;
using Byline.Testing;
using Byline.Transfer.WordPress;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Transfer.WordPress;

/// <summary>The hand-written Larkhaven export, its uploads folder, and the importer of a running test host.</summary>
internal static class WordPressImports
{
    public static string ExportPath => Path.Combine(AppContext.BaseDirectory, "Transfer", "WordPress", "larkhaven-export.xml");

    /// <summary>A wp-content/uploads folder with the one photo the export's attachments name that exists.</summary>
    public static string MakeUploads(string root)
    {
        var folder = Path.Combine(root, "uploads");
        Directory.CreateDirectory(Path.Combine(folder, "2025", "11"));
        File.WriteAllBytes(Path.Combine(folder, "2025", "11", "harbour-dawn.jpg"), MediaTestImages.Jpeg(1200, 800));
        return folder;
    }

    /// <summary>The export with one more post and one more comment on the first post, as a later export would be.</summary>
    public static string WriteLongerExport(string folder)
    {
        var xml = File.ReadAllText(ExportPath);
        const string newComment = """
            <wp:comment>
            	<wp:comment_id>7</wp:comment_id>
            	<wp:comment_author><![CDATA[Rhoda Vane]]></wp:comment_author>
            	<wp:comment_author_email><![CDATA[rhoda@mail.example]]></wp:comment_author_email>
            	<wp:comment_date_gmt><![CDATA[2025-11-06 10:00:00]]></wp:comment_date_gmt>
            	<wp:comment_content><![CDATA[A late reply: the bus starts in January.]]></wp:comment_content>
            	<wp:comment_approved><![CDATA[1]]></wp:comment_approved>
            	<wp:comment_type><![CDATA[comment]]></wp:comment_type>
            	<wp:comment_parent>3</wp:comment_parent>
            </wp:comment>
            </item>
            """;
        const string newPost = """
            <item>
            	<title><![CDATA[Gullstone bus starts in January]]></title>
            	<link>https://ledger.larkhaven.example/2025/11/06/gullstone-bus/</link>
            	<dc:creator><![CDATA[tobias]]></dc:creator>
            	<content:encoded><![CDATA[A bus will replace the early ferry.]]></content:encoded>
            	<wp:post_id>109</wp:post_id>
            	<wp:post_date_gmt><![CDATA[2025-11-06 09:00:00]]></wp:post_date_gmt>
            	<wp:post_name><![CDATA[gullstone-bus]]></wp:post_name>
            	<wp:status><![CDATA[publish]]></wp:status>
            	<wp:post_type><![CDATA[post]]></wp:post_type>
            	<category domain="category" nicename="harbour"><![CDATA[Harbour &amp; Docks]]></category>
            </item>
            </channel>
            """;
        var firstItemEnd = xml.IndexOf("</item>", StringComparison.Ordinal);
        xml = xml[..firstItemEnd] + newComment + xml[(firstItemEnd + "</item>".Length)..];
        xml = xml.Replace("</channel>", newPost, StringComparison.Ordinal);
        var path = Path.Combine(folder, "larkhaven-export-later.xml");
        File.WriteAllText(path, xml);
        return path;
    }

    public static async Task<WordPressImportReport> ImportAsync(
        BylineHost host, string path, string? uploads = null, bool dryRun = false, IProgress<WordPressImportProgress>? progress = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var importer = ActivatorUtilities.CreateInstance<WordPressImporter>(scope.ServiceProvider);
        return await importer.ImportAsync(path, new WordPressImportOptions(uploads, dryRun), Actor.System("Tests"), progress, TestContext.Current.CancellationToken);
    }
}
