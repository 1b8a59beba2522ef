using Byline.BrowserTests.Reader;
using Byline.Testing;

namespace Byline.BrowserTests.Validation;

/// <summary>
/// Every public page type of <see cref="PublicPages"/>, fetched over real HTTP as a reader's browser gets it, is valid
/// HTML by the Nu HTML Checker. All pages go to one vnu run. Without Java or tools/vnu the test is skipped with a
/// message, or fails when BYLINE_REQUIRE_ALL=1 (CI).
/// </summary>
public sealed class HtmlValidationTests(MeasuredSite host) : IClassFixture<MeasuredSite>
{
    [Fact]
    public async Task Every_public_page_type_is_valid_html_by_the_nu_html_checker()
    {
        var checker = NuHtmlChecker.Find();
        TestServices.Require(checker is not null, NuHtmlChecker.Requirement);

        var folder = Directory.CreateTempSubdirectory("byline-vnu-");
        try
        {
            using var reader = host.CreateReader();
            var files = new List<string>();
            foreach (var publicPage in PublicPages.All)
            {
                var path = await publicPage.PathOnAsync(host);
                using var response = await reader.GetAsync(path, TestContext.Current.CancellationToken);
                Assert.Equal(publicPage.Status, (int)response.StatusCode);
                var file = Path.Combine(folder.FullName, publicPage.Name + ".html");
                await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
                files.Add(file);
            }

            var errors = await checker!.ErrorsAsync(files, TestContext.Current.CancellationToken);

            Assert.True(errors.Count == 0, $"vnu found {errors.Count} errors (file:line:column):\n{string.Join("\n", errors)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
