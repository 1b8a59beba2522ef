using System.Globalization;
using Byline.Accounts;
using Byline.BrowserTests.Pages.Newsroom;
using Byline.Planning;
using Byline.Storage;
using Byline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.BrowserTests.Newsroom;

/// <summary>The plan, the desk with its plan, and an assignment's page, at a laptop's and a phone's width.</summary>
public sealed class PlanLayoutTests(BylineHost host, Chromium chromium) : IClassFixture<BylineHost>
{
    [Fact]
    public async Task The_plan_the_desk_and_an_assignment_have_one_heading_and_no_horizontal_scroll_on_a_phone_or_a_laptop()
    {
        var email = await NewsroomMembersForTests.CreateAsync(host, NewsroomRole.Editor, "Edna Planwright");
        var assignment = await FillThePlanAsync(email);
        var problems = new List<string>();
        foreach (var viewport in new[] { Viewport.Phone, Viewport.Desktop })
        {
            await using var context = await chromium.NewContextAsync(host.BaseAddress, viewport);
            var page = await context.NewPageAsync();
            await (await SignInPage.OpenAsync(page)).SignInAsync(email, NewsroomSession.Password);
            var shell = new NewsroomShell(page);
            foreach (var (path, name) in new[]
            {
                ("/newsroom", "plan-desk"),
                ("/newsroom/plan", "plan-day"),
                ("/newsroom/plan/new", "plan-new"),
                ($"/newsroom/plan/{assignment}", "plan-assignment"),
            })
            {
                var response = await page.GotoAsync(path);
                await Screenshots.SaveAsync(page, name, viewport);
                if (response?.Status != 200)
                {
                    problems.Add($"{path} at {viewport.Width} px answered {response?.Status}.");
                    continue;
                }
                if (await shell.PageHeadings.CountAsync() != 1)
                {
                    problems.Add($"{path} at {viewport.Width} px has {await shell.PageHeadings.CountAsync()} h1 headings.");
                }
                var width = await shell.DocumentScrollWidthAsync();
                if (width > viewport.Width + 1)
                {
                    problems.Add($"{path} is {width} px wide in a {viewport.Width} px window.");
                }
            }
        }
        Assert.Empty(problems);
    }

    /// <summary>Lines in several sections and states, with long names, for today and tomorrow; the editor is on some.</summary>
    private async Task<int> FillThePlanAsync(string editorEmail)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var reporter = await NewsroomMembersForTests.CreateAsync(host, NewsroomRole.Author, "Maximilian Featherstonehaugh-Okonkwo");
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<BylineDb>();
        var editor = await db.Users.AsNoTracking().SingleAsync(u => u.Email == editorEmail, cancellationToken);
        var author = await db.Users.AsNoTracking().SingleAsync(u => u.Email == reporter, cancellationToken);
        var actor = new Actor(editor.Id, editor.DisplayName, NewsroomRole.Editor, editor.PersonId);
        var sections = await db.Sections.OrderBy(s => s.Position).Select(s => s.Id).Take(3).ToListAsync(cancellationToken);
        var today = DateTime.UtcNow.Date;
        string At(int days, int hour) => today.AddDays(days).AddHours(hour).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
        var desk = services.GetRequiredService<AssignmentDesk>();
        var lines = new[]
        {
            new AssignmentInput("Council votes on the harbour fees and the new ferry timetable after a long night of debate", "Call the harbour master.\n\nPictures from the quay at dawn: https://example.org/brief", Id(sections[0]), [Id(editor.Id), Id(author.Id)], At(0, 23), At(0, 23)),
            new AssignmentInput("Night market returns", "", Id(sections[0]), [Id(author.Id)], At(0, 1), At(0, 2)),
            new AssignmentInput("Estuary regatta preview", "Crews, weather, tides.", Id(sections[2]), [Id(editor.Id)], At(1, 10), At(1, 18)),
            new AssignmentInput("School timetable trial: the verdict", "", Id(sections[1]), [Id(author.Id)], At(1, 12), null),
        };
        var ids = new List<int>();
        foreach (var line in lines)
        {
            var made = await desk.CreateAsync(line, actor, cancellationToken);
            Assert.True(made.Succeeded, string.Join(" ", made.Errors.Values));
            ids.Add(made.Value);
        }
        Assert.True((await services.GetRequiredService<StoryStart>().StartAsync(ids[0], actor, cancellationToken)).Succeeded);
        return ids[0];
    }
}
