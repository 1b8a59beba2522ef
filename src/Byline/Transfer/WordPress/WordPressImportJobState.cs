namespace Byline.Transfer.WordPress;

public enum WordPressImportJobState
{
    Running,
    Finished,
    Failed,
}
