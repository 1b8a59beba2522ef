using Byline.Transfer.WordPress;

namespace Byline.Tests.Transfer;

public sealed class WordPressSlugsTests
{
    [Theory]
    [InlineData("ferry-timetable-changes", "ferry-timetable-changes")]
    [InlineData("zo%c3%ab-smorrebrod-cafe", "zoe-smorrebrod-cafe")]
    [InlineData("%cf%84%ce%bf-%ce%bb%ce%b9%ce%bc%ce%ac%ce%bd%ce%b9-2", "to-limani-2")]
    [InlineData("%ce%b5%ce%b9%ce%b4%ce%ae%cf%83%ce%b5%ce%b9%cf%82", "eidiseis")]
    [InlineData("Ψηλός Πύργος του Νότου", "psilos-pyrgos-tou-notou")]
    [InlineData("новый-мост", "novyy-most")]
    [InlineData("Їжак і ґанок", "yizhak-i-ganok")]
    [InlineData("2024", "2024")]
    [InlineData("%e6%96%b0%e9%97%bb-2", "")]
    [InlineData("新闻", "")]
    public void A_wordpress_slug_is_decoded_and_spelled_in_latin_or_refused_when_it_would_lose_every_letter(string wordPress, string expected) =>
        Assert.Equal(expected, WordPressSlugs.From(wordPress));
}
