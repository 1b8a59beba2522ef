using Byline.Accounts;

namespace Byline.Planning;

/// <summary>One newsroom member an assignment is given to.</summary>
public sealed class AssignmentReporter
{
    public int AssignmentId { get; set; }
    public int UserId { get; set; }
    public StaffUser? User { get; set; }
}
