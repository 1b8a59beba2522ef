using AngleSharp.Dom;

namespace Byline.IntegrationTests;

internal static class DocumentOrder
{
    public static int Index(this IHtmlCollection<IElement> all, IElement element) =>
        all.Select((e, i) => (e, i)).First(pair => ReferenceEquals(pair.e, element)).i;
}
