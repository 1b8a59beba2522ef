using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Byline.Transfer.Markdown;

/// <summary>Where each value of a story file's front matter is, so that a problem is reported with its line in the file.</summary>
public sealed class YamlLines
{
    private readonly YamlNode? _root;
    private readonly int _offset;

    /// <param name="yaml">The front matter, already known to parse.</param>
    /// <param name="firstLine">The line of the file on which the front matter starts.</param>
    public YamlLines(string yaml, int firstLine)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        _root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        _offset = firstLine - 1;
        // The closing '---' follows the front matter's last line; the body starts on the line after it.
        BodyLine = firstLine + yaml.Count(c => c == '\n') + 1;
    }

    /// <summary>The line of the file on which the body starts.</summary>
    public int BodyLine { get; }

    /// <summary>
    /// The line of the value at <paramref name="path"/> (keys and list indexes, for example <c>"images", 0, "file"</c>),
    /// or of the nearest enclosing value that is there; the first line of the front matter when nothing is.
    /// </summary>
    public int LineOf(params object[] path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var node = _root;
        var mark = node?.Start ?? Mark.Empty;
        foreach (var step in path)
        {
            YamlNode? next = null;
            if (node is YamlMappingNode mapping && step is string key)
            {
                var entry = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == key);
                if (entry.Key is not null)
                {
                    mark = entry.Key.Start;
                    next = entry.Value;
                }
            }
            else if (node is YamlSequenceNode sequence && step is int index && index < sequence.Children.Count)
            {
                next = sequence.Children[index];
                mark = next.Start;
            }
            if (next is null)
            {
                break;
            }
            node = next;
        }
        return (int)Math.Max(1, mark.Line) + _offset;
    }
}
