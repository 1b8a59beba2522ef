namespace Byline.Outcomes;

/// <summary>The five ways a change the newsroom asks for can end; each has one response (see <c>NewsroomPageModel.RespondAsync</c>).</summary>
public enum OutcomeKind
{
    Done,
    NotFound,

    /// <summary>The member may not make this change.</summary>
    Forbidden,

    /// <summary>The input was refused; <see cref="Outcome.Errors"/> says why, per field.</summary>
    Invalid,

    /// <summary>The change does not fit what is stored now (someone saved first, or the state does not allow it).</summary>
    Conflict,
}
