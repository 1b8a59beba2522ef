using System.Diagnostics;
using Byline.IntegrationTests.Architecture.Fixtures.Store;

namespace Byline.IntegrationTests.Architecture.Fixtures.Desk;

/// <summary>For the scanner's own tests: names <see cref="StoryShelf"/> only in an attribute's argument.</summary>
[DebuggerTypeProxy(typeof(StoryShelf))]
public sealed class StoryCard;
