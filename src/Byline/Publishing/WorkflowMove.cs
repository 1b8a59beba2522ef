namespace Byline.Publishing;

public enum WorkflowMove
{
    Submit,
    ReturnToDraft,
    Schedule,
    Publish,
    Unpublish,
}
