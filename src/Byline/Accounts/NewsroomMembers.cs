using Byline.Content;
using Byline.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Byline.Accounts;

/// <summary>
/// Adds people to the newsroom: the command line, the first-admin setup and accepted invitations all come here.
/// Every member also gets a public author profile, so their name can stand in a byline: a new one, or an existing profile
/// that has no member yet (an imported author taking over their stories).
/// </summary>
public sealed class NewsroomMembers(BylineDb db, UserManager<StaffUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<MemberResult> CreateAsync(string email, string displayName, NewsroomRole role, string password, Actor actor,
        CancellationToken cancellationToken, int? existingPersonId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var name = displayName.Trim();
        if (name.Length is 0 or > StaffUser.DisplayNameMaxLength)
        {
            return MemberResult.Failed($"A name is required, at most {StaffUser.DisplayNameMaxLength} characters.");
        }
        if (!Enum.IsDefined(role))
        {
            return MemberResult.Failed("The role must be admin, editor, author or contributor.");
        }

        return await db.InRetryableUnitAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var personId = existingPersonId;
            if (personId is { } existing)
            {
                if (!await db.People.AnyAsync(p => p.Id == existing, cancellationToken))
                {
                    return MemberResult.Failed("The author profile this invitation was for no longer exists.");
                }
                if (await db.Users.AnyAsync(u => u.PersonId == existing, cancellationToken))
                {
                    return MemberResult.Failed("Another member already has the author profile this invitation was for.");
                }
                await db.AuthorContacts.Where(c => c.PersonId == existing).ExecuteDeleteAsync(cancellationToken);
            }
            else
            {
                var person = new Person { Name = name, Slug = await UniquePersonSlugAsync(name, cancellationToken) };
                db.People.Add(person);
                await db.SaveChangesAsync(cancellationToken);
                personId = person.Id;
            }

            var user = new StaffUser
            {
                UserName = email.Trim(),
                Email = email.Trim(),
                DisplayName = name,
                Role = role,
                PersonId = personId,
                CreatedAt = clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return MemberResult.Failed(created.Errors.Select(e => e.Description).ToArray());
            }
            audit.Add(actor, AuditActions.UserCreated, $"user:{user.Id}", $"{name} joined as {role}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return MemberResult.Created(user);
        }, cancellationToken);
    }

    private async Task<string> UniquePersonSlugAsync(string name, CancellationToken cancellationToken)
    {
        var baseSlug = Slugs.From(name);
        if (baseSlug.Length == 0)
        {
            baseSlug = "author";
        }
        var slug = baseSlug;
        for (var n = 2; await db.People.AnyAsync(p => p.Slug == slug, cancellationToken); n++)
        {
            slug = $"{baseSlug}-{n}";
        }
        return slug;
    }
}
