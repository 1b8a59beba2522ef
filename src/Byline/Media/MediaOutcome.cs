namespace Byline.Media;

public enum MediaOutcome
{
    Saved,
    Deleted,
    NotFound,
    Forbidden,

    /// <summary>The input was refused; <see cref="MediaResult.Errors"/> says why, per field.</summary>
    Invalid,

    /// <summary>The file is larger than <see cref="MediaLibrary.MaxUploadBytes"/>.</summary>
    TooLarge,

    /// <summary>The bytes are not an image Byline accepts, whatever the file's name or declared type.</summary>
    Unsupported,

    /// <summary>Deleting needs a confirmation that covers every current use, listed in <see cref="MediaResult.Usage"/>.</summary>
    InUse,

    /// <summary>A story using the image changed at the same moment; nothing was changed.</summary>
    Conflict,
}
