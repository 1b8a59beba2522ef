using Byline.Testing;

namespace Byline.IntegrationTests.Transfer;

/// <summary>A site started on an empty database (no sample newsroom): what a restore goes into.</summary>
public sealed class EmptySiteHost : BylineHost
{
    public EmptySiteHost()
    {
        With("Byline:SampleContent", "false");
    }
}
