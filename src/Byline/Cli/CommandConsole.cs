using Spectre.Console;

namespace Byline.Cli;

/// <summary>
/// Spectre consoles on the command's stdout and stderr. Redirected to a file or a pipe (scripts, tests), a stream gets
/// plain text only: no escape codes, no colours, nothing redrawn in place.
/// </summary>
internal static class CommandConsole
{
    public static IAnsiConsole Out() => Create(Console.Out, Console.IsOutputRedirected);

    public static IAnsiConsole Error() => Create(Console.Error, Console.IsErrorRedirected);

    private static IAnsiConsole Create(TextWriter writer, bool redirected) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
    });
}
