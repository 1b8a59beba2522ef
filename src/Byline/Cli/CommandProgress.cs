using System.Diagnostics;
using System.Globalization;
using Byline.Cli.Dev;
using Byline.Publishing;
using Byline.Search;
using Byline.Transfer.Markdown;
using Byline.Transfer.WordPress;
using Spectre.Console;

namespace Byline.Cli;

/// <summary>
/// The progress of a long command on stderr: Spectre's live bar on a terminal, or one plain line per tenth of the way
/// when stderr goes to a file or a pipe. Reports are handled as they come, in order (Progress&lt;T&gt; would post them to
/// the thread pool).
/// </summary>
internal sealed class CommandProgress : IProgress<SearchReindexProgress>, IProgress<SyntheticProgress>, IProgress<MarkdownProgress>, IProgress<WordPressImportProgress>, IProgress<StoredBodyProgress>
{
    private readonly string _noun;
    private readonly ProgressTask? _bar;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _tenth = -1;
    private bool _finished;

    private CommandProgress(string noun, ProgressTask? bar)
    {
        _noun = noun;
        _bar = bar;
    }

    /// <summary>Runs <paramref name="work"/> with a progress display counting <paramref name="noun"/> ("stories", "KB").</summary>
    public static async Task<T> ShowAsync<T>(string noun, Func<CommandProgress, Task<T>> work)
    {
        if (Console.IsErrorRedirected)
        {
            return await work(new CommandProgress(noun, bar: null));
        }
        return await CommandConsole.Error().Progress()
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new RemainingTimeColumn())
            .StartAsync(context => work(new CommandProgress(noun, context.AddTask(Markup.Escape(noun)))));
    }

    public void Report(SearchReindexProgress value) => Show(value.Done, value.Total);

    public void Report(SyntheticProgress value) => Show(value.Done, value.Total);

    public void Report(MarkdownProgress value) => Show(value.Done, value.Total);

    public void Report(StoredBodyProgress value) => Show(value.Done, value.Total);

    public void Report(WordPressImportProgress value) => Show(value.KilobytesRead, value.KilobytesTotal);

    private void Show(int done, int total)
    {
        if (_bar is not null)
        {
            _bar.MaxValue = Math.Max(total, 1);
            _bar.Value = total == 0 ? 1 : done;
            _bar.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{done:N0} / {total:N0} {_noun}"));
            return;
        }
        if (_finished)
        {
            return;
        }
        var finished = done >= total;
        var tenth = total == 0 ? 10 : (int)(done * 10L / total);
        if (tenth == _tenth && !finished)
        {
            return;
        }
        _tenth = tenth;
        _finished = finished;
        Console.Error.WriteLine(Line(done, total));
    }

    private string Line(int done, int total)
    {
        var share = total == 0 ? 1.0 : Math.Min(1.0, done / (double)total);
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0.5 ? done / seconds : 0;
        var speed = rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"  {rate:N0}/s") : "";
        return string.Create(CultureInfo.InvariantCulture, $"{share * 100,3:0}%  {done:N0} / {total:N0} {_noun}{speed}");
    }
}
