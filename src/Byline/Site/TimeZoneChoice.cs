namespace Byline.Site;

/// <summary>One entry of the time zone list: the IANA id that is stored and what the admin reads.</summary>
public sealed record TimeZoneChoice(string Id, string Label);
