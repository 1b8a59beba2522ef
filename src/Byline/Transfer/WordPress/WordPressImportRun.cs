using Byline.Accounts;
using Byline.Comments;
using Byline.Content;
using Byline.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Byline.Transfer.WordPress;

/// <summary>
/// One import: reads the file and hands each author, term and item to the writer of its kind, which turns it into
/// Byline's rows, written out of sight through <see cref="WordPressImportStaging"/> (stories as
/// <see cref="ArticleStatus.Importing"/>, each with the status it is to have in <see cref="StagedStories"/>). Rows are
/// saved in batches (the change tracker emptied after each, so memory stays flat).
/// </summary>
internal sealed class WordPressImportRun
{
    public const int BatchSize = 500;

    private readonly WordPressImportState _state;
    private readonly WordPressUploadsFolder _uploads;
    private readonly WordPressAuthors _authors;
    private readonly WordPressTerms _terms;
    private readonly WordPressRedirects _redirects;
    private readonly WordPressFeaturedImages _featuredImages;
    private readonly WordPressComments _comments;
    private readonly WordPressStories _stories;
    private readonly WordPressAttachments _attachments;
    private readonly HashSet<string> _otherTypes = new(StringComparer.Ordinal);

    public WordPressImportRun(WordPressImportState state, WordPressUploadsFolder uploads, StoryBodyRenderer renderer, CommenterFingerprints fingerprints, Actor actor)
    {
        _state = state;
        _uploads = uploads;
        _authors = new WordPressAuthors(state);
        _terms = new WordPressTerms(state);
        _redirects = new WordPressRedirects(state);
        _featuredImages = new WordPressFeaturedImages(state);
        _comments = new WordPressComments(state, fingerprints);
        _stories = new WordPressStories(state, renderer, actor, _authors, _terms, new WordPressBodyImages(state, uploads), _featuredImages, _redirects, _comments);
        _attachments = new WordPressAttachments(state, uploads);
    }

    public WordPressImportReport Report => _state.Report;

    /// <summary>The stories written, and the status each is to have when the import completes.</summary>
    public IReadOnlyList<StagedStory> StagedStories => _stories.Staged;

    public async Task RunAsync(Stream file, IProgress<WordPressImportProgress>? progress, CancellationToken cancellationToken)
    {
        using var reader = new WxrReader(file);
        var totalKb = (int)Math.Min(int.MaxValue, (reader.Length ?? 0) / 1024);
        var reportedKb = -1;
        progress?.Report(new WordPressImportProgress(0, totalKb));
        var started = false;
        while (reader.Read() is { } entry)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!started)
            {
                await StartAsync(reader.Channel!, cancellationToken);
                started = true;
            }
            await WriteAsync(entry, cancellationToken);
            if (_stories.InBatch >= BatchSize)
            {
                await FlushAsync(item: entry, cancellationToken);
            }
            var kb = (int)Math.Min(int.MaxValue, reader.BytesRead / 1024);
            if (kb != reportedKb)
            {
                reportedKb = kb;
                progress?.Report(new WordPressImportProgress(Math.Min(kb, totalKb), totalKb));
            }
        }
        await FlushAsync(item: null, cancellationToken);
        await _featuredImages.SetLateAsync(cancellationToken);
        progress?.Report(new WordPressImportProgress(totalKb, totalKb));
    }

    /// <summary>In the import's last transaction: the comments on stories readers already see, then the rows become the site's.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _comments.AddOnPublicStories();
        await _state.SaveAsync(cancellationToken);
        await _state.Staging.CompleteAsync(cancellationToken);
    }

    internal static string Shorten(string text, int length) => text.Length <= length ? text : text[..length].TrimEnd();

    /// <summary>At the export's channel (before its first author, term or item): what the site and earlier runs hold.</summary>
    private async Task StartAsync(WxrChannel channel, CancellationToken cancellationToken)
    {
        Report.WxrVersion = channel.Version;
        Report.SourceSite = channel.BaseSiteUrl;
        var site = channel.BaseSiteUrl.Length == 0 ? "unnamed" : channel.BaseSiteUrl.ToLowerInvariant();
        var source = ("wordpress:" + site)[..Math.Min(ImportedItem.SourceMaxLength, site.Length + 10)];
        await _state.Staging.OpenAsync(source, cancellationToken);
        await _uploads.StartAsync(source, cancellationToken);
        await _state.StartAsync(source, cancellationToken);
        await _terms.StartAsync(cancellationToken);
        await _stories.StartAsync(cancellationToken);
        await _authors.StartAsync(cancellationToken);
        await _redirects.StartAsync(cancellationToken);
    }

    private Task WriteAsync(object entry, CancellationToken cancellationToken) => entry switch
    {
        WxrAuthor author => _authors.WriteAsync(author, cancellationToken),
        WxrTerm term => _terms.WriteAsync(term, cancellationToken),
        WxrItem { PostType: "post" or "page" } item => _stories.WriteAsync(item, cancellationToken),
        WxrItem { PostType: "attachment" } item => _attachments.WriteAsync(item, cancellationToken),
        WxrItem item => SkipAsync(item),
        _ => Task.CompletedTask,
    };

    private Task SkipAsync(WxrItem item)
    {
        Report[WordPressImportReport.Other].NotImported++;
        if (_otherTypes.Add(item.PostType))
        {
            Report.Note(item.Line, "item", $"of type “{item.PostType}”", "WordPress's own type (menus, revisions, blocks, plugin data): items of this type are not imported");
        }
        return Task.CompletedTask;
    }

    /// <summary>Saves the batch with what each new row came from, and empties the change tracker.</summary>
    private async Task FlushAsync(object? item, CancellationToken cancellationToken)
    {
        try
        {
            await _state.SaveAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            var line = item switch
            {
                WxrItem i => i.Line,
                WxrAuthor a => a.Line,
                WxrTerm t => t.Line,
                _ => 0,
            };
            throw new WordPressImportException(
                $"the items read up to line {line} could not be saved: {e.InnerException?.Message ?? e.Message}. Nothing was imported.", e);
        }
        _stories.EndBatch();
        _featuredImages.EndBatch();
        _terms.EndBatch();
        _state.Db.ChangeTracker.Clear();
    }
}
