using System.Diagnostics;

namespace Byline.IntegrationTests.Cli;

/// <summary>
/// Runs the real built executable (<c>dotnet Byline.dll ARGS</c>, copied next to the tests) in a process of its own on a
/// SQLite data folder, as an operator would, and gives back its exit code and output.
/// </summary>
internal static class BylineProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static async Task<Run> RunAsync(string workingFolder, string dataPath, bool sampleContent, params string[] arguments)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "Byline.dll");
        Assert.True(File.Exists(executable), $"{executable} is missing");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingFolder,
        };
        start.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["Byline__DataPath"] = dataPath;
        start.Environment["Byline__SampleContent"] = sampleContent ? "true" : "false";
        // The commands use whatever database the configuration names: here always a SQLite file of their own.
        start.Environment.Remove("Byline__Database__Provider");
        start.Environment.Remove("ConnectionStrings__Byline");
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
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
