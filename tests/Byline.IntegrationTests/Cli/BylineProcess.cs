using System.Diagnostics;
using Byline.Storage;
using Microsoft.EntityFrameworkCore;

namespace Byline.IntegrationTests.Cli;

/// <summary>
/// Runs <c>dotnet Byline.dll ARGS</c> (the build the test project copied next to itself) as an operator would: a process
/// of its own on a data folder of its own, always on a SQLite file there whatever database the tests use.
/// </summary>
internal static class BylineProcess
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Task<Run> RunAsync(string workingFolder, string dataPath, bool sampleContent, params string[] arguments) =>
        RunWithInputAsync(workingFolder, dataPath, sampleContent, "", arguments);

    /// <summary>The same, with <paramref name="stdin"/> typed into the command (a password for <c>--password-stdin</c>).</summary>
    public static async Task<Run> RunWithInputAsync(string workingFolder, string dataPath, bool sampleContent, string stdin, params string[] arguments)
    {
        using var process = Start(workingFolder, dataPath, sampleContent, arguments);
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

    /// <summary>Starts the command and leaves it running (its streams redirected), for a test that stops it midway.</summary>
    public static Process Start(string workingFolder, string dataPath, bool sampleContent, params string[] arguments)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "Byline.dll");
        Assert.True(File.Exists(executable), $"{executable} is missing");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
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
        start.Environment.Remove("Byline__Database__Provider");
        start.Environment.Remove("ConnectionStrings__Byline");
        start.Environment["DOTNET_NOLOGO"] = "1";

        return Process.Start(start)!;
    }

    /// <summary>The SQLite database a command run on <paramref name="dataPath"/> wrote.</summary>
    public static SqliteBylineDb Open(string dataPath) =>
        new(new DbContextOptionsBuilder<SqliteBylineDb>().UseSqlite($"Data Source={Path.Combine(dataPath, "byline.db")}").Options);
}
