namespace Byline.Tests.Publishing;

/// <summary>Whose story a role table row is about: the member's own (created by them or bylined to them) or someone else's.</summary>
public enum StoryOwner
{
    Own,
    Others,
}
