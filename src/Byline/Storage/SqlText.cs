namespace Byline.Storage;

/// <summary>SQL text functions both engines have, usable inside LINQ queries (mapped in <see cref="BylineDb"/>).</summary>
public static class SqlText
{
    /// <summary>SQL <c>lower(value)</c>. (EF translates <c>ToLower()</c> too, but the analyzers rightly flag culture-less
    /// <c>ToLower()</c> in C#; this name says the lowering happens in the database.)</summary>
    public static string Lower(string? value) =>
        throw new NotSupportedException("SqlText.Lower runs in the database, inside a LINQ query only.");
}
