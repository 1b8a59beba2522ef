namespace Byline.Transfer.WordPress;

public enum WxrTermKind
{
    Category,
    Tag,
}
