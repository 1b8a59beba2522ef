using System.Diagnostics;
using System.Globalization;
using Byline.Cli.Dev;
using Byline.Search;
using Byline.Transfer.Markdown;
using Byline.Transfer.WordPress;

namespace Byline.Cli;

/// <summary>
/// A progress bar on stderr for long commands: redrawn in place on a terminal (at most five times a second), or one line
/// per tenth of the way when stderr goes to a file. Reports are handled as they come, in order (Progress&lt;T&gt; would
/// post them to the thread pool).
/// </summary>
internal sealed class ProgressBar(string noun) : IProgress<SearchReindexProgress>, IProgress<SyntheticProgress>, IProgress<MarkdownProgress>, IProgress<WordPressImportProgress>
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _drawnAt = -1_000;
    private int _tenth = -1;
    private bool _finished;

    public void Report(SearchReindexProgress value) => Show(value.Done, value.Total);

    public void Report(SyntheticProgress value) => Show(value.Done, value.Total);

    public void Report(MarkdownProgress value) => Show(value.Done, value.Total);
    public void Report(WordPressImportProgress value) => Show(value.KilobytesRead, value.KilobytesTotal);

    private void Show(int done, int total)
    {
        if (_finished)
        {
            return;
        }
        var finished = done >= total;
        if (Console.IsErrorRedirected)
        {
            var tenth = total == 0 ? 10 : (int)(done * 10L / total);
            if (tenth == _tenth && !finished)
            {
                return;
            }
            _tenth = tenth;
            Console.Error.WriteLine(Line(done, total));
        }
        else
        {
            if (!finished && _clock.ElapsedMilliseconds - _drawnAt < 200)
            {
                return;
            }
            _drawnAt = _clock.ElapsedMilliseconds;
            Console.Error.Write("\r" + Line(done, total) + (finished ? Environment.NewLine : ""));
        }
        _finished = finished;
    }

    private string Line(int done, int total)
    {
        var share = total == 0 ? 1.0 : Math.Min(1.0, done / (double)total);
        var filled = (int)Math.Round(share * Width);
        var seconds = _clock.Elapsed.TotalSeconds;
        var rate = seconds > 0.5 ? done / seconds : 0;
        var left = rate > 0 && done < total ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        var speed = rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"  {rate:N0}/s") : "";
        var remaining = left > TimeSpan.Zero ? $"  {Left(left)} left" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"[{new string('#', filled)}{new string('-', Width - filled)}] {share * 100,3:0}%  {done:N0} / {total:N0} {noun}{speed}{remaining}   ");
    }

    private static string Left(TimeSpan left) => left.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)left.TotalMinutes} min {left.Seconds:00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{left.Seconds} s");
}
