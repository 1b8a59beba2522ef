namespace Byline.Pages.Shared;

/// <summary>Why a reader's form post could not be read (see <see cref="ReaderFormAttribute"/>).</summary>
public enum ReaderFormProblem
{
    /// <summary>The form reader refused it: a NUL character, more fields than a form has, a broken encoding.</summary>
    Unreadable,

    /// <summary>Larger than any honest post of the form.</summary>
    TooLarge,
}
