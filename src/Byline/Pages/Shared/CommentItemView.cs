using Byline.Comments;

namespace Byline.Pages.Shared;

/// <summary>A comment with what its partial needs of the page around it: links, the form token, the edit state.</summary>
public sealed record CommentItemView(CommentView Comment, ArticleModel Page);
