namespace Byline.Content;

/// <summary>
/// What kind of journalism a story is, chosen in the editor: readers see it as a label (all but News), and search
/// engines as the story's schema.org type. Stored by name, so the order here may change.
/// </summary>
public enum StoryKind
{
    /// <summary>Reporting of facts: the default, and every story written before types existed.</summary>
    News,

    /// <summary>Interpretation of the news by the newsroom's journalists, based on evidence.</summary>
    Analysis,

    /// <summary>The author's own view, argued: an opinion column, an editorial, a letter.</summary>
    Opinion,

    /// <summary>A critic's judgement of a performance, a book, a place, a product.</summary>
    Review,

    /// <summary>Background and context that help a reader understand a subject in the news.</summary>
    Explainer,

    /// <summary>Paid for by an advertiser and not written by the newsroom.</summary>
    Sponsored,
}
