namespace Byline.Comments;

/// <summary>Everything the site stores about one email address, as the JSON file an admin downloads for the commenter.</summary>
public sealed record CommenterExport(
    string Email,
    DateTimeOffset ExportedAt,
    string Site,
    string About,
    IReadOnlyList<CommenterExportComment> Comments);
