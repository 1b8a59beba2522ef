using Byline.Accounts;
using Byline.Content;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// The export's authors as people (with the address to invite them by, when the export gives a usable one), and who
/// each story is credited to: its author, or one "WordPress import" person for stories whose author is not known.
/// </summary>
internal sealed class WordPressAuthors(WordPressImportState state)
{
    public const string FallbackAuthorSlug = "wordpress-import";

    private readonly Dictionary<string, int> _byLogin = new(StringComparer.OrdinalIgnoreCase);
    private readonly TakenSlugs _slugs = new();
    private int? _fallback;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _slugs.AddRange(await state.Db.People.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken));
        foreach (var ((_, login), localId) in state.Imported.Where(i => i.Key.Kind == ImportKinds.Author))
        {
            _byLogin[login] = localId;
        }
        _fallback = state.Imported.TryGetValue((ImportKinds.Author, ""), out var fallback) ? fallback : null;
    }

    public async Task WriteAsync(WxrAuthor author, CancellationToken cancellationToken)
    {
        var report = state.Report;
        var count = report[WordPressImportReport.Authors];
        if (author.Login.Length == 0)
        {
            count.NotImported++;
            report.Note(author.Line, "author", "(no login)", "an author without <wp:author_login>: not imported");
            return;
        }
        if (_byLogin.ContainsKey(author.Login))
        {
            count.AlreadyThere++;
            return;
        }
        var name = author.DisplayName.Length > 0 ? author.DisplayName : author.Login;
        var person = new Person { Name = WordPressImportRun.Shorten(name, 100), Slug = UniqueSlug(name, author.Login) };
        state.Db.People.Add(person);
        state.Staging.Created(person);
        state.Staging.Remember(ImportKinds.Author, author.Login, person);
        await state.SaveAsync(cancellationToken);
        _byLogin[author.Login] = person.Id;
        count.Imported++;
        if (IsPlausibleEmail(author.Email))
        {
            state.Db.AuthorContacts.Add(new AuthorContact { PersonId = person.Id, Email = author.Email.Trim() });
            report.AuthorsToInvite++;
        }
        else
        {
            report.Note(author.Line, "author", author.Login, "no usable <wp:author_email>: to invite them, enter their address by hand under Newsroom → People");
        }
    }

    /// <summary>The person a story is credited to.</summary>
    public async Task<int> OfAsync(WxrItem item, string kind, string label, CancellationToken cancellationToken)
    {
        if (_byLogin.TryGetValue(item.Creator, out var id))
        {
            return id;
        }
        state.Report.Note(item.Line, kind, label, item.Creator.Length == 0
            ? "no author (<dc:creator>): credited to “WordPress import”"
            : $"the author “{item.Creator}” is not among the export's authors: credited to “WordPress import”");
        if (_fallback is { } fallback)
        {
            return fallback;
        }
        var person = new Person { Name = "WordPress import", Slug = _slugs.Claim(FallbackAuthorSlug, Slugs.MaxLength), Bio = "Stories imported from WordPress whose author was not known." };
        state.Db.People.Add(person);
        state.Staging.Created(person);
        state.Staging.Remember(ImportKinds.Author, "", person);
        await state.SaveAsync(cancellationToken);
        _fallback = person.Id;
        return person.Id;
    }

    private static bool IsPlausibleEmail(string email)
    {
        var address = email.Trim();
        var at = address.IndexOf('@', StringComparison.Ordinal);
        return address.Length <= AuthorContact.EmailMaxLength && at > 0 && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);
    }

    private string UniqueSlug(string name, string login)
    {
        var wanted = Slugs.From(name);
        return _slugs.Claim(wanted.Length > 0 ? wanted : Slugs.From(login) is { Length: > 0 } fromLogin ? fromLogin : "author", Slugs.MaxLength);
    }
}
