using Byline.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Byline.Transfer;

/// <summary>
/// One table of the site as the archive carries it: its name (the data entry's), its rows in a stable order, every
/// property the model maps (so a column added to the model is carried without changing this code), and what stays
/// out without <c>--with-credentials</c>.
/// </summary>
internal sealed class ArchiveKind
{
    private readonly Func<BylineDb, IQueryable<object>> _rows;
    private readonly Func<BylineDb, IEntityType> _entityType;
    private readonly Func<BylineDb, CancellationToken, Task<long>> _count;
    private readonly Func<object> _create;
    private readonly Action<BylineDb, object> _add;
    private readonly Action<object>? _restoreWithoutCredentials;

    private ArchiveKind(
        string name,
        Func<BylineDb, IQueryable<object>> rows,
        Func<BylineDb, IEntityType> entityType,
        Func<BylineDb, CancellationToken, Task<long>> count,
        Func<object> create,
        Action<BylineDb, object> add,
        bool credentialsOnly,
        IReadOnlySet<string> credentialProperties,
        Action<object>? restoreWithoutCredentials)
    {
        Name = name;
        _rows = rows;
        _entityType = entityType;
        _count = count;
        _create = create;
        _add = add;
        CredentialsOnly = credentialsOnly;
        CredentialProperties = credentialProperties;
        _restoreWithoutCredentials = restoreWithoutCredentials;
    }

    public string Name { get; }

    /// <summary>The whole kind is a credential (invitation token hashes, authenticator keys): archived only with credentials.</summary>
    public bool CredentialsOnly { get; }

    /// <summary>Properties left out of the archive without credentials (password hashes, security stamps).</summary>
    public IReadOnlySet<string> CredentialProperties { get; }

    /// <param name="set">The table.</param>
    /// <param name="order">A total order, so that two exports of the same data are the same bytes.</param>
    /// <param name="restoreWithoutCredentials">What a restored row gets in place of the credentials it came without.</param>
    public static ArchiveKind Of<T>(
        string name,
        Func<BylineDb, DbSet<T>> set,
        Func<IQueryable<T>, IQueryable<T>> order,
        bool credentialsOnly = false,
        IReadOnlySet<string>? credentialProperties = null,
        Action<T>? restoreWithoutCredentials = null)
        where T : class =>
        new(
            name,
            db => order(set(db).AsNoTracking()),
            db => set(db).EntityType,
            (db, cancellationToken) => set(db).LongCountAsync(cancellationToken),
            () => typeof(T) == typeof(Dictionary<string, object>) ? new Dictionary<string, object>() : Activator.CreateInstance<T>(),
            (db, entity) => set(db).Add((T)entity),
            credentialsOnly,
            credentialProperties ?? new HashSet<string>(),
            restoreWithoutCredentials is null ? null : entity => restoreWithoutCredentials((T)entity));

    public bool IsArchived(bool withCredentials) => withCredentials || !CredentialsOnly;

    public IEntityType EntityType(BylineDb db) => _entityType(db);

    /// <summary>The columns the archive carries for this kind, in the model's order (key first).</summary>
    public IReadOnlyList<ArchiveColumn> Columns(BylineDb db, bool withCredentials) =>
        EntityType(db).GetProperties()
            .Where(p => withCredentials || !CredentialProperties.Contains(p.Name))
            .Select(p => new ArchiveColumn(p))
            .ToList();

    public IQueryable<object> Rows(BylineDb db) => _rows(db);

    public Task<long> CountAsync(BylineDb db, CancellationToken cancellationToken) => _count(db, cancellationToken);

    public object Create() => _create();

    public void Add(BylineDb db, object entity) => _add(db, entity);

    public void RestoreWithoutCredentials(object entity) => _restoreWithoutCredentials?.Invoke(entity);
}
