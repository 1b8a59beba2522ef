using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Byline.Feeds;

internal static class FeedXml
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
    };

    public static byte[] Write(SyndicationFeedFormatter formatter)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, Settings))
        {
            formatter.WriteTo(writer);
        }
        return stream.ToArray();
    }
}
