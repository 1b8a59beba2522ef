using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Byline.Transfer.WordPress;

/// <summary>
/// An export's author, term and item elements (each loaded whole) as records, reading WordPress's own fields in the
/// namespaces the file's root binds to <c>wp</c> and <c>excerpt</c>.
/// </summary>
internal sealed partial class WxrElements(string? wordPress, string? excerpt)
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Post meta keys the importer reads; the rest (often large plugin data) is not kept in memory.</summary>
    private static readonly HashSet<string> KeptMeta = ["_thumbnail_id", "_wp_attached_file", "_wp_attachment_image_alt"];

    public WxrAuthor ReadAuthor(XElement element) =>
        new(LineOf(element), Wp(element, "author_login").Trim(), Wp(element, "author_email").Trim(), Wp(element, "author_display_name").Trim());

    public WxrTerm ReadTerm(XElement element, WxrTermKind kind, string slug, string name, string description) =>
        new(LineOf(element), kind, Wp(element, slug).Trim(), Wp(element, name).Trim(), Wp(element, description).Trim());

    public WxrItem ReadItem(XElement item)
    {
        var terms = item.Elements("category")
            .Select(c => (Domain: (string?)c.Attribute("domain"), Slug: ((string?)c.Attribute("nicename") ?? "").Trim(), Name: c.Value.Trim()))
            .Where(c => c.Domain is "category" or "post_tag")
            .Select(c => new WxrItemTerm(c.Domain == "category" ? WxrTermKind.Category : WxrTermKind.Tag, c.Slug, c.Name))
            .ToList();
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in WpAll(item, "postmeta"))
        {
            var key = Wp(entry, "meta_key");
            if (KeptMeta.Contains(key))
            {
                meta[key] = Wp(entry, "meta_value").Trim();
            }
        }
        var comments = WpAll(item, "comment").Select(c => new WxrComment(
            LineOf(c),
            Wp(c, "comment_id").Trim(),
            Wp(c, "comment_parent").Trim(),
            Wp(c, "comment_author").Trim(),
            Wp(c, "comment_author_email").Trim(),
            Wp(c, "comment_author_url").Trim(),
            Wp(c, "comment_date").Trim(),
            Wp(c, "comment_date_gmt").Trim(),
            Wp(c, "comment_content"),
            Wp(c, "comment_approved").Trim(),
            Wp(c, "comment_type").Trim())).ToList();

        return new WxrItem(
            LineOf(item),
            Wp(item, "post_id").Trim(),
            Wp(item, "post_type").Trim(),
            Wp(item, "status").Trim(),
            Plain(item, "title").Trim(),
            Plain(item, "link").Trim(),
            Plain(item, "guid").Trim(),
            Wp(item, "post_name").Trim(),
            item.Elements().FirstOrDefault(e => e.Name.LocalName == "creator")?.Value.Trim() ?? "",
            item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded" && e.Name.NamespaceName == ContentNamespace)?.Value ?? "",
            item.Elements().FirstOrDefault(e => e.Name.LocalName == "encoded" && IsExcerpt(e.Name.NamespaceName))?.Value ?? "",
            Plain(item, "pubDate").Trim(),
            Wp(item, "post_date").Trim(),
            Wp(item, "post_date_gmt").Trim(),
            Wp(item, "post_password"),
            Wp(item, "post_parent").Trim(),
            Wp(item, "attachment_url").Trim(),
            terms,
            meta,
            comments);
    }

    /// <summary>
    /// The namespace the root binds to <c>wp</c>, as WordPress's own importer takes it; without such a binding, any
    /// WordPress export namespace (http or https, WXR 1.x).
    /// </summary>
    public bool IsWordPress(string space) =>
        wordPress is { Length: > 0 } bound ? space == bound : WordPressNamespace().IsMatch(space);

    private bool IsExcerpt(string space) =>
        excerpt is { Length: > 0 } bound ? space == bound : space.Contains("/excerpt/", StringComparison.Ordinal);

    private string Wp(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name && IsWordPress(e.Name.NamespaceName))?.Value ?? "";

    private IEnumerable<XElement> WpAll(XElement parent, string name) =>
        parent.Elements().Where(e => e.Name.LocalName == name && IsWordPress(e.Name.NamespaceName));

    private static string Plain(XElement parent, string name) => parent.Element(name)?.Value ?? "";

    private static int LineOf(XElement element) => ((IXmlLineInfo)element).LineNumber;

    [GeneratedRegex(@"^https?://wordpress\.org/export/1\.\d+/$")]
    private static partial Regex WordPressNamespace();
}
