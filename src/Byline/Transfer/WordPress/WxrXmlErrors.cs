using System.Xml;

namespace Byline.Transfer.WordPress;

/// <summary>What an XML reader's refusal means for someone holding a WordPress export, and what to do about it.</summary>
internal static class WxrXmlErrors
{
    public static string Explain(XmlException e)
    {
        var message = e.Message;
        if (message.Contains("DTD", StringComparison.Ordinal))
        {
            return "the file declares a DTD (<!DOCTYPE …>). WordPress exports never do, and Byline refuses them so that no entity can expand " +
                "(the \"billion laughs\") or reach outside the file (XXE).";
        }
        if (message.Contains("Unexpected end of file", StringComparison.Ordinal))
        {
            return "the file ends in the middle of the export: it is truncated. Download or copy the export again; nothing was imported.";
        }
        if (message.Contains("Data at the root level is invalid", StringComparison.Ordinal) && e.LineNumber == 1 && e.LinePosition == 1)
        {
            return "the file is not XML. A WordPress export is the .xml file that WordPress's Tools → Export writes.";
        }
        if (message.Contains("Reference to undeclared entity", StringComparison.Ordinal))
        {
            return "the file uses an entity that is not declared (for example &nbsp; outside CDATA); XML knows only &amp;, &lt;, &gt;, &quot; and &apos;. " + Trimmed(message);
        }
        return "the XML is not well formed: " + Trimmed(message);
    }

    /// <summary>The XML reader's message without its own "Line 3, position 4." (the place is named once, first).</summary>
    private static string Trimmed(string message)
    {
        var at = message.IndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}
