using Byline.Comments;
using Byline.Pages;

namespace Byline.Web;

/// <summary>A comment with what its partial needs of the page around it: links, the form token, the edit state.</summary>
public sealed record CommentItemView(CommentView Comment, ArticleModel Page);
