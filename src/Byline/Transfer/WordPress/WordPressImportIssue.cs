namespace Byline.Transfer.WordPress;

/// <summary>One item that did not convert cleanly: where it is in the file, what it is, and what happened.</summary>
public sealed record WordPressImportIssue(int Line, string Kind, string Item, string Message);
