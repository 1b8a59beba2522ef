namespace Byline.ContentApi;

/// <summary>One entry of <c>GET /api/v1/tags</c>: a tag on at least one published story, and how many it is on.</summary>
public sealed record ApiTag(int Id, string Name, string Slug, string Url, string Feed, int Stories);

/// <summary>A page of tags in slug order; <see cref="Next"/> is null on the last.</summary>
public sealed record ApiTagPage(IReadOnlyList<ApiTag> Tags, string? Next);

/// <summary>
/// One entry of <c>GET /api/v1/people</c>: an author with at least one published story, as their author page shows
/// them (<see cref="Links"/> are their profiles elsewhere, the JSON-LD's <c>sameAs</c>).
/// </summary>
public sealed record ApiPerson(int Id, string Name, string Slug, string JobTitle, string Bio, string Expertise, IReadOnlyList<string> Links, ApiPicture? Photo, string Url, string Feed);
