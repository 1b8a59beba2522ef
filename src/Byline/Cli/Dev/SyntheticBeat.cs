namespace Byline.Cli.Dev;

/// <summary>
/// What one section of the synthetic archive writes about: its headlines, standfirsts, opening lines, further sentences,
/// quotes (spoken by someone in <see cref="RoleSlot"/>'s list of roles), subheadings and tags, as templates whose {slots} <see cref="SyntheticWriter"/> fills.
/// </summary>
internal sealed record SyntheticBeat(
    string SectionSlug,
    string SectionName,
    string SectionDescription,
    string RoleSlot,
    string[] Topics,
    string[] Headlines,
    string[] Standfirsts,
    string[] Leads,
    string[] Details,
    string[] Quotes,
    string[] Subheadings,
    string[] Tags);
