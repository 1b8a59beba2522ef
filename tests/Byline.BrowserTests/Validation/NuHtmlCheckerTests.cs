using Byline.Testing;

namespace Byline.BrowserTests.Validation;

/// <summary>
/// The checker itself finds what it is there to find, so a passing <see cref="HtmlValidationTests"/> means valid pages
/// and not a checker that reads nothing.
/// </summary>
public sealed class NuHtmlCheckerTests
{
    [Fact]
    public async Task The_checker_reports_a_stray_end_tag_with_its_file_and_line_and_passes_a_valid_page()
    {
        var checker = NuHtmlChecker.Find();
        TestServices.Require(checker is not null, NuHtmlChecker.Requirement);
        var folder = Directory.CreateTempSubdirectory("byline-vnu-self-");
        try
        {
            var broken = Path.Combine(folder.FullName, "broken.html");
            var valid = Path.Combine(folder.FullName, "valid.html");
            await File.WriteAllTextAsync(broken, "<!doctype html>\n<html lang=\"en\"><title>Broken</title>\n<p>One</span></p>\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(valid, "<!doctype html>\n<html lang=\"en\"><title>Valid</title>\n<p>One</p>\n", TestContext.Current.CancellationToken);

            var errors = await checker!.ErrorsAsync([broken, valid], TestContext.Current.CancellationToken);

            var error = Assert.Single(errors);
            Assert.StartsWith("broken.html:3:", error, StringComparison.Ordinal);
            Assert.Contains("Stray end tag “span”", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
