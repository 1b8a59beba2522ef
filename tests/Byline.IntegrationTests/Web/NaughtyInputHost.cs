using Byline.Accounts;
using Byline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Byline.IntegrationTests.Web;

/// <summary>The application with a newsroom member who can sign in and an invitation still open, for the forms that need them.</summary>
public sealed class NaughtyInputHost : BylineHost
{
    public const string MemberEmail = "naughty.member@newsroom.example.org";

    /// <summary>The open invitation's token, as its link carries it.</summary>
    public string InvitationToken { get; private set; } = "";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<NewsroomMembers>()
            .CreateAsync(MemberEmail, "Nell Naughton", NewsroomRole.Admin, NewsroomSession.Password, Actor.System("Tests"), CancellationToken.None);
        Assert.True(member.Succeeded, string.Join(" ", member.Errors));
        var admin = new Actor(member.User!.Id, member.User.DisplayName, NewsroomRole.Admin, member.User.PersonId);
        var invitation = await scope.ServiceProvider.GetRequiredService<Invitations>()
            .CreateAsync("naughty.invitee@newsroom.example.org", "Ina Invitee", NewsroomRole.Author, admin, CancellationToken.None);
        Assert.True(invitation.Succeeded, string.Join(" ", invitation.Errors));
        InvitationToken = invitation.Link!.Split("token=")[1];
    }
}
