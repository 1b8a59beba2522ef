using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Byline.Transfer.WordPress;

/// <summary>
/// Reads a WordPress export (WXR 1.0 to 1.2) one element at a time: the channel's authors and terms, then each item
/// with its comments, so memory holds one item however large the file. The file must be UTF-8 XML without a DTD: a
/// DOCTYPE (and with it every entity declaration, so no "billion laughs" and no external entity) is refused, as is any
/// byte that is not UTF-8. Every problem is a <see cref="WxrFormatException"/> naming the line and position.
/// </summary>
public sealed class WxrReader : IDisposable
{
    public static IReadOnlyList<string> SupportedVersions { get; } = ["1.0", "1.1", "1.2"];

    private readonly Stream _stream;
    private XmlReader? _reader;
    private WxrChannel? _channel;
    private string _version = "";
    private string _baseUrl = "";
    private string _blogUrl = "";
    private string _title = "";
    private string _link = "";
    private bool _channelOpened;

    /// <summary>Reads in the namespaces the root binds to the prefixes <c>wp</c> and <c>excerpt</c>, whatever they are (WordPress.com writes https).</summary>
    private WxrElements _elements = new(null, null);

    public WxrReader(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Made at the first read: the XML reader reads ahead as it starts, and that may already meet a bad byte.</summary>
    private XmlReader Xml => _reader ??= XmlReader.Create(
        new StreamReader(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024),
        new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        });

    /// <summary>How far into the file reading has come, for progress (the stream's position, read ahead by a buffer).</summary>
    public long BytesRead => _stream.CanSeek ? _stream.Position : 0;

    public long? Length => _stream.CanSeek ? _stream.Length : null;

    /// <summary>The export's version and site, known once reading passed them (before the first author, term or item).</summary>
    public WxrChannel? Channel => _channel;

    /// <summary>The next <see cref="WxrAuthor"/>, <see cref="WxrTerm"/> or <see cref="WxrItem"/>; null at the end of the file.</summary>
    public object? Read()
    {
        try
        {
            return Next();
        }
        catch (XmlException e)
        {
            // Some refusals (a DTD) carry no place of their own: the reader's place is where it stopped.
            var (line, position) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition)
                : _stream.CanSeek && e.Message.Contains("DTD", StringComparison.Ordinal) ? WxrFileScan.Doctype(_stream)
                : (Line, Position);
            throw new WxrFormatException(line, position, WxrXmlErrors.Explain(e), e);
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidUtf8(e);
        }
    }

    private object? Next()
    {
        while (!Xml.EOF)
        {
            if (Xml.NodeType != XmlNodeType.Element)
            {
                Xml.Read();
                continue;
            }
            switch (Xml.Depth)
            {
                case 0:
                    if (Xml.LocalName != "rss")
                    {
                        throw Problem($"this is XML but not a WordPress export: the document starts with <{Xml.Name}>, an export (WXR) starts with <rss>.");
                    }
                    _elements = new WxrElements(Xml.LookupNamespace("wp"), Xml.LookupNamespace("excerpt"));
                    Xml.Read();
                    continue;
                case 1:
                    _channelOpened |= Xml.LocalName == "channel";
                    Xml.Read();
                    continue;
                case 2 when _channelOpened:
                    if (ReadChannelChild() is { } entry)
                    {
                        return entry;
                    }
                    continue;
                default:
                    Xml.Skip();
                    continue;
            }
        }
        if (_channel is null)
        {
            throw new WxrFormatException(Line, Position,
                "this is XML but not a WordPress export: no <wp:wxr_version> and no items were found. Export the site again with WordPress's Tools → Export.");
        }
        return null;
    }

    private object? ReadChannelChild()
    {
        var local = Xml.LocalName;
        var isWordPress = _elements.IsWordPress(Xml.NamespaceURI);
        switch (local)
        {
            case "wxr_version" when isWordPress:
                var line = Line;
                var position = Position;
                _version = Xml.ReadElementContentAsString().Trim();
                if (!SupportedVersions.Contains(_version))
                {
                    throw new WxrFormatException(line, position,
                        $"the export is WXR version “{_version}”; Byline reads versions {string.Join(", ", SupportedVersions)}. Export the site again from a current WordPress.");
                }
                return null;
            case "base_site_url" when isWordPress:
                _baseUrl = Xml.ReadElementContentAsString().Trim();
                return null;
            case "base_blog_url" when isWordPress:
                _blogUrl = Xml.ReadElementContentAsString().Trim();
                return null;
            case "title" when Xml.NamespaceURI.Length == 0:
                _title = Xml.ReadElementContentAsString().Trim();
                return null;
            case "link" when Xml.NamespaceURI.Length == 0:
                _link = Xml.ReadElementContentAsString().Trim();
                return null;
            case "author" when isWordPress:
                return _elements.ReadAuthor(Load());
            case "category" when isWordPress:
                return _elements.ReadTerm(Load(), WxrTermKind.Category, "category_nicename", "cat_name", "category_description");
            case "tag" when isWordPress:
                return _elements.ReadTerm(Load(), WxrTermKind.Tag, "tag_slug", "tag_name", "tag_description");
            case "item" when Xml.NamespaceURI.Length == 0:
                return _elements.ReadItem(Load());
            default:
                Xml.Skip();
                return null;
        }
    }

    private XElement Load()
    {
        OpenChannel(Line, Position);
        XElement element;
        using (var subtree = Xml.ReadSubtree())
        {
            element = XElement.Load(subtree, LoadOptions.SetLineInfo);
        }
        // The subtree reader leaves the outer reader on the element's end tag: step past it.
        Xml.Read();
        return element;
    }

    /// <summary>The channel is complete (version known) at its first author, term or item.</summary>
    private void OpenChannel(int line, int position)
    {
        if (_channel is not null)
        {
            return;
        }
        if (_version.Length == 0)
        {
            throw new WxrFormatException(line, position,
                "this is XML but not a WordPress export: <wp:wxr_version> must come before the first author, category, tag or item.");
        }
        // The blog's own address names the site: WordPress.com writes https://wordpress.com/ as every blog's base_site_url.
        var site = _blogUrl.Length > 0 ? _blogUrl : _baseUrl.Length > 0 ? _baseUrl : _link;
        _channel = new WxrChannel(_version, site.TrimEnd('/'), _title);
    }

    private int Line => _reader is IXmlLineInfo info ? info.LineNumber : 1;

    private int Position => _reader is IXmlLineInfo info ? info.LinePosition : 1;

    private WxrFormatException Problem(string problem) => new(Line, Position, problem);

    /// <summary>The decoder read ahead of the XML reader, so the place is found again from the bytes when the file can be re-read.</summary>
    private WxrFormatException InvalidUtf8(DecoderFallbackException e)
    {
        const string problem = "the file is not valid UTF-8 (a WordPress export always is). Was it opened and saved in another encoding? Export it again.";
        if (!_stream.CanSeek)
        {
            return new WxrFormatException(Line, Position, problem, e);
        }
        var (line, column) = WxrFileScan.FirstInvalidUtf8(_stream);
        return new WxrFormatException(line, column, problem, e);
    }

    public void Dispose()
    {
        if (_reader is null)
        {
            _stream.Dispose();
        }
        else
        {
            _reader.Dispose();
        }
    }
}
