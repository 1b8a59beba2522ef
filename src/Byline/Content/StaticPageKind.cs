namespace Byline.Content;

/// <summary>
/// What a static page is for. The site knows these kinds so that the organisation's JSON-LD can name the pages The
/// Trust Project's indicators ask for (its masthead, its ethics and corrections policies, ...). Stored by name.
/// </summary>
public enum StaticPageKind
{
    Other,
    About,
    Contact,
    Masthead,
    EthicsPolicy,
    CorrectionsPolicy,
    CommentPolicy,
    Privacy,
    DiversityPolicy,
    PublishingPrinciples,
    ActionableFeedbackPolicy,
}
