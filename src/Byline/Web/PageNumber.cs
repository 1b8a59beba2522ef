using System.Globalization;

namespace Byline.Web;

/// <summary>The <c>?page=N</c> of a paginated list: 20 stories a page, counting from 1.</summary>
public readonly record struct PageNumber(int Value)
{
    public const int PageSize = 20;

    /// <summary>Far beyond any real archive; refusing larger numbers keeps OFFSET arithmetic from overflowing.</summary>
    public const int Maximum = 1_000_000;

    public int Skip => (Value - 1) * PageSize;

    public static bool TryParse(string? raw, out PageNumber page, out string error)
    {
        page = new PageNumber(1);
        error = "";
        if (string.IsNullOrEmpty(raw))
        {
            return true;
        }
        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1 || value > Maximum)
        {
            var shown = raw.Length > 20 ? raw[..20] + "…" : raw;
            error = $"“{shown}” is not a page number. Pages are numbered with whole numbers from 1.";
            return false;
        }
        page = new PageNumber(value);
        return true;
    }
}
