namespace Byline.Content;

/// <summary>The two menus an admin edits: a short one in the header and the footer's.</summary>
public enum SiteMenu
{
    Header,
    Footer,
}
