using Byline.Search;

namespace Byline.Tests.Search;

public sealed class SearchParametersTests
{
    private static SearchRequestReading Read(
        string? q = "tram", string? section = null, string? author = null, string? tag = null,
        string? from = null, string? to = null, string? sort = null, string? page = null) =>
        SearchParameters.Read(q, section, author, tag, from, to, sort, page);

    [Fact]
    public void Every_parameter_is_read()
    {
        var reading = Read("night tram", " city ", "mara-okonkwo", "transport", "2024-01-01", "2024-12-31", "newest", "3");

        Assert.True(reading.IsValid);
        var request = reading.Request;
        Assert.Equal("night tram", request.Query.Normalized);
        Assert.Equal("city", request.Section);
        Assert.Equal("mara-okonkwo", request.Author);
        Assert.Equal("transport", request.Tag);
        Assert.Equal(new DateOnly(2024, 1, 1), request.From);
        Assert.Equal(new DateOnly(2024, 12, 31), request.To);
        Assert.Equal(SearchSort.Newest, request.Sort);
        Assert.Equal(3, request.Page.Value);
        Assert.True(request.HasFilters);
    }

    [Fact]
    public void Empty_parameters_mean_no_filter_relevance_and_page_one()
    {
        var reading = Read(section: "", author: " ", tag: null, from: "", to: "", sort: "", page: "");

        Assert.True(reading.IsValid);
        Assert.False(reading.Request.HasFilters);
        Assert.Equal(SearchSort.Relevance, reading.Request.Sort);
        Assert.Equal(1, reading.Request.Page.Value);
    }

    [Theory]
    [InlineData("section", "City Hall")]
    [InlineData("author", "../etc/passwd")]
    [InlineData("tag", "tag:(x)")]
    public void A_slug_that_is_not_a_slug_is_refused(string key, string value)
    {
        var reading = Read(section: key == "section" ? value : null, author: key == "author" ? value : null, tag: key == "tag" ? value : null);

        Assert.Contains("lowercase letters", reading.Errors[key], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31/12/2024")]
    [InlineData("2024-13-01")]
    [InlineData("yesterday")]
    [InlineData("0001-01-01")]
    public void A_date_that_is_not_a_date_is_refused(string value)
    {
        Assert.Contains("year-month-day", Read(from: value).Errors["from"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        Assert.Contains("before the start", Read(from: "2024-02-01", to: "2024-01-01").Errors["to"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sort", "oldest")]
    [InlineData("page", "0")]
    [InlineData("page", "-1")]
    [InlineData("page", "9999999999")]
    public void An_unknown_order_or_page_is_refused(string key, string value)
    {
        var reading = Read(sort: key == "sort" ? value : null, page: key == "page" ? value : null);

        Assert.True(reading.Errors.ContainsKey(key));
    }

    [Fact]
    public void A_query_with_nothing_to_search_for_is_refused_with_the_reason()
    {
        Assert.Contains("no word", Read(q: "***").Errors["q"], StringComparison.Ordinal);
    }
}
