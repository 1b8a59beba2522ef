namespace Byline.Transfer.WordPress;

/// <summary>A <c>wp:author</c> of the export: who wrote posts. WordPress exports no passwords, and Byline would keep none.</summary>
public sealed record WxrAuthor(int Line, string Login, string Email, string DisplayName);
