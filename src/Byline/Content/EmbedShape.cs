namespace Byline.Content;

/// <summary>The box an embed's frame needs before it loads, so loading it moves nothing else on the page much.</summary>
public enum EmbedShape
{
    /// <summary>16:9, a video.</summary>
    Wide,

    /// <summary>9:16, a short video or a reel.</summary>
    Portrait,

    /// <summary>A social post: narrow and tall.</summary>
    Post,

    /// <summary>4:3, a map.</summary>
    Map,

    /// <summary>A page of a document: taller than wide.</summary>
    Document,
}
