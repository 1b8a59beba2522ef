namespace Byline.Web;

/// <summary>Carries a page's explanation of an error to the re-executed status-code page of the same request.</summary>
public static class ReaderErrorMessage
{
    private static readonly object Key = new();

    public static void Set(HttpContext context, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = message;
    }

    public static string? Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(Key, out var message) ? message as string : null;
    }
}
