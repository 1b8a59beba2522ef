using System.Diagnostics;
using System.Text.Json;
using Byline.Testing;

namespace Byline.BrowserTests.Validation;

/// <summary>
/// The Nu HTML Checker (vnu.jar, the W3C's HTML validator) at the version pinned in tools/vnu/package-lock.json, run
/// once over many files: one JVM start costs seconds, so pages are checked together, not one by one.
/// </summary>
public sealed class NuHtmlChecker
{
    private NuHtmlChecker(string java, string jar)
    {
        Java = java;
        Jar = jar;
    }

    public string Java { get; }

    public string Jar { get; }

    /// <summary>What to install when <see cref="Find"/> finds nothing.</summary>
    public const string Requirement =
        "Java (apt-get install default-jre-headless) and the Nu HTML Checker (cd tools/vnu && npm ci --ignore-scripts)";

    /// <summary>The checker when both Java (on the PATH or in JAVA_HOME) and tools/vnu's vnu.jar are here; otherwise null.</summary>
    public static NuHtmlChecker? Find()
    {
        var jar = RepositoryFolder.Find() is { } root ? Path.Combine(root, "tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar") : null;
        var java = FindJava();
        return jar is not null && File.Exists(jar) && java is not null ? new NuHtmlChecker(java, jar) : null;
    }

    /// <summary>Checks every file and returns the errors, each as "file:line:column: message (extract)"; warnings are not asked for.</summary>
    public async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var start = new ProcessStartInfo(Java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-jar", Jar, "--errors-only", "--format", "json", "--stdout", .. files])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{Java} did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var diagnostics = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var json = await output;
        if (json.Trim().Length == 0)
        {
            throw new InvalidOperationException($"vnu wrote no report (exit code {process.ExitCode}): {await diagnostics}");
        }

        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(Describe)
            .ToList();
    }

    private static string Describe(JsonElement message)
    {
        // vnu writes "file:/tmp/…/front.html", which System.Uri does not take: the name is what follows the last slash.
        var file = message.TryGetProperty("url", out var url) && url.GetString() is { } u ? u[(u.LastIndexOf('/') + 1)..] : "?";
        var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var column = message.TryGetProperty("firstColumn", out var c) ? c.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
        var extract = message.TryGetProperty("extract", out var e) ? $" in “{e.GetString()!.ReplaceLineEndings(" ").Trim()}”" : "";
        return $"{file}:{line}:{column}: {message.GetProperty("message").GetString()}{extract}";
    }

    private static string? FindJava()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } home)
        {
            folders.Add(Path.Combine(home, "bin"));
        }
        folders.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return folders.Select(f => Path.Combine(f, "java")).FirstOrDefault(File.Exists);
    }
}
