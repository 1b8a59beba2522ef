using System.Text;
using Byline.Transfer.WordPress;

namespace Byline.Tests.Transfer;

public sealed class WxrReaderTests
{
    private const string Header = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
        <title>Saltmere Gazette</title>
        <wp:wxr_version>1.2</wp:wxr_version>
        <wp:base_site_url>https://gazette.saltmere.example</wp:base_site_url>
        """;

    private const string Item = """
        <item>
        <title>Tide mill reopens</title>
        <wp:post_id>7</wp:post_id>
        <wp:post_type>post</wp:post_type>
        <wp:status>publish</wp:status>
        <content:encoded><![CDATA[<p>The mill grinds again.</p>]]></content:encoded>
        <wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_content>Lovely.</wp:comment_content><wp:comment_approved>1</wp:comment_approved></wp:comment>
        </item>
        """;

    private const string Footer = "\n</channel>\n</rss>\n";

    [Fact]
    public void A_well_formed_export_gives_its_channel_authors_and_items_in_order()
    {
        var entries = ReadAll(Header + "\n<wp:author><wp:author_login>ines</wp:author_login><wp:author_display_name>Ines Harrow</wp:author_display_name></wp:author>\n" + Item + Footer);

        var author = Assert.IsType<WxrAuthor>(entries[0]);
        var item = Assert.IsType<WxrItem>(entries[1]);
        Assert.Equal("Ines Harrow", author.DisplayName);
        Assert.Equal(7, author.Line);
        Assert.Equal("7", item.PostId);
        Assert.Equal("<p>The mill grinds again.</p>", item.Content);
        Assert.Equal("Lovely.", Assert.Single(item.Comments).Content);
        Assert.Equal(8, item.Line);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.1")]
    [InlineData("1.2")]
    public void Versions_one_to_one_point_two_are_read(string version)
    {
        var entries = ReadAll(Header.Replace(">1.2<", $">{version}<", StringComparison.Ordinal) + Item + Footer);

        Assert.IsType<WxrItem>(Assert.Single(entries));
    }

    [Fact]
    public void An_unknown_version_is_refused_naming_its_line()
    {
        var error = Refused(Header.Replace(">1.2<", ">9.9<", StringComparison.Ordinal) + Item + Footer);

        Assert.StartsWith("line 5, position 2: the export is WXR version “9.9”", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_is_refused_naming_the_line_where_it_ends()
    {
        var text = (Header + Item + Item)[..^40];
        var error = Refused(text);

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length, error.Line);
    }

    [Fact]
    public void A_file_that_is_not_xml_is_refused()
    {
        var error = Refused("Title,Date\nTide mill,2025-01-01\n");

        Assert.Equal("line 1, position 1: the file is not XML. A WordPress export is the .xml file that WordPress's Tools → Export writes.", error.Message);
    }

    [Fact]
    public void Xml_that_is_not_an_export_is_refused()
    {
        var html = Refused("<html><body><p>Hello</p></body></html>");
        var feed = Refused("<rss version=\"2.0\"><channel><title>Plain feed</title><item><title>Tide</title></item></channel></rss>");

        Assert.Contains("not a WordPress export: the document starts with <html>", html.Message, StringComparison.Ordinal);
        Assert.Contains("not a WordPress export: <wp:wxr_version> must come before", feed.Message, StringComparison.Ordinal);
        Assert.Equal(1, feed.Line);
    }

    [Fact]
    public void Entity_expansion_is_refused_before_any_entity_is_expanded()
    {
        const string laughs = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            ]>
            <rss><channel><title>&lol3;</title></channel></rss>
            """;

        var error = Refused(laughs);

        Assert.StartsWith("line 2, position", error.Message, StringComparison.Ordinal);
        Assert.Contains("billion laughs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_is_refused_and_never_read()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "the server's secret");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY secret SYSTEM "file://{secret}"> ]>
                <rss><channel><wp:wxr_version xmlns:wp="http://wordpress.org/export/1.2/">1.2</wp:wxr_version><item><title>&secret;</title></item></channel></rss>
                """;

            var error = Refused(xxe);

            Assert.Contains("XXE", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_naming_their_line_and_column()
    {
        var before = Encoding.UTF8.GetBytes(Header + "<item>\n<title>Caf");
        byte[] latin1 = [0xE9];
        var after = Encoding.UTF8.GetBytes(" opens</title>\n</item>" + Footer);
        using var stream = new MemoryStream([.. before, .. latin1, .. after]);
        using var reader = new WxrReader(stream);

        var error = Assert.Throws<WxrFormatException>(() => Drain(reader));

        Assert.StartsWith("line 7, position 11: the file is not valid UTF-8", error.Message, StringComparison.Ordinal);
    }

    private static WxrFormatException Refused(string xml)
    {
        using var reader = Reader(xml);
        return Assert.Throws<WxrFormatException>(() => Drain(reader));
    }

    private static List<object> ReadAll(string xml)
    {
        using var reader = Reader(xml);
        return Drain(reader);
    }

    private static List<object> Drain(WxrReader reader)
    {
        var entries = new List<object>();
        while (reader.Read() is { } entry)
        {
            entries.Add(entry);
        }
        return entries;
    }

    private static WxrReader Reader(string xml) => new(new MemoryStream(Encoding.UTF8.GetBytes(xml)));
}
