namespace Byline.Media;

/// <summary>The words that go with an image: alt text (required, for readers who cannot see it), caption and credit.</summary>
public sealed record MediaDetails(string? AltText, string? Caption, string? Credit)
{
    public string CleanAltText => Clean(AltText);
    public string CleanCaption => Clean(Caption);
    public string CleanCredit => Clean(Credit);

    /// <summary>Errors by field name (<c>AltText</c>, <c>Caption</c>, <c>Credit</c>); empty when the details are acceptable.</summary>
    public Dictionary<string, string> Validate()
    {
        var errors = new Dictionary<string, string>();
        if (CleanAltText.Length == 0)
        {
            errors[nameof(AltText)] = "Describe the image for readers who cannot see it: alt text is required.";
        }
        else if (CleanAltText.Length > MediaItem.AltTextMaxLength)
        {
            errors[nameof(AltText)] = $"Alt text can be at most {MediaItem.AltTextMaxLength} characters; it has {CleanAltText.Length}. Put the rest in the caption.";
        }
        if (CleanCaption.Length > MediaItem.CaptionMaxLength)
        {
            errors[nameof(Caption)] = $"The caption can be at most {MediaItem.CaptionMaxLength} characters; it has {CleanCaption.Length}.";
        }
        if (CleanCredit.Length > MediaItem.CreditMaxLength)
        {
            errors[nameof(Credit)] = $"The credit can be at most {MediaItem.CreditMaxLength} characters; it has {CleanCredit.Length}.";
        }
        return errors;
    }

    /// <summary>Trimmed, with line breaks and other control characters turned into spaces: these are one-line texts.</summary>
    private static string Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => new string(w.Where(c => !char.IsControl(c)).ToArray())).Where(w => w.Length > 0));
}
