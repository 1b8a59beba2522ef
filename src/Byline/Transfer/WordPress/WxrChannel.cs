namespace Byline.Transfer.WordPress;

/// <summary>What the export says about the site it came from (read before its first item).</summary>
public sealed record WxrChannel(string Version, string BaseSiteUrl, string Title);
