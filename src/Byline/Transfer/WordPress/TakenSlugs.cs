using System.Globalization;

namespace Byline.Transfer.WordPress;

/// <summary>The slugs of one kind the site and the run have used: a new one gets "-2", "-3"… until it is free.</summary>
internal sealed class TakenSlugs
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public void AddRange(IEnumerable<string> slugs) => _taken.UnionWith(slugs);

    /// <summary><paramref name="wanted"/>, or the first free numbered form of it, now taken.</summary>
    public string Claim(string wanted, int maxLength)
    {
        var slug = wanted;
        for (var n = 2; !_taken.Add(slug); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $"-{n}");
            slug = wanted[..Math.Min(wanted.Length, maxLength - suffix.Length)].TrimEnd('-') + suffix;
        }
        return slug;
    }
}
