using System.Diagnostics;

namespace Byline.IntegrationTests.Cli;

/// <summary>
/// The real built executable (the Byline.dll the test project copied next to itself) run as an operator runs it: in a
/// process of its own, on a data folder of the test's, with standard input given.
/// </summary>
internal static class BylineProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>dotnet Byline.dll ARGS</c> on SQLite in <paramref name="dataPath"/>, without the sample site.</summary>
    public static async Task<Run> RunAsync(string dataPath, string stdin, params string[] arguments)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "Byline.dll");
        Assert.True(File.Exists(executable), $"{executable} is missing");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = dataPath,
        };
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Byline__DataPath"] = dataPath;
        start.Environment["Byline__SampleContent"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Run(process.ExitCode, await stdout, await stderr);
    }
}
