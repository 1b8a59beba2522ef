namespace Byline.Site;

/// <summary>
/// Marks the reader page that answers at <c>/{slug}</c> for a static page; <see cref="StaticPageRouting"/> lets it
/// have the address only when a static page has that slug, and the section page otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StaticPageAddressAttribute : Attribute;
