using Byline.Accounts;

namespace Byline.Transfer.WordPress;

/// <summary>One import (or dry run) started from the newsroom, running in the background; its page reads it as it goes.</summary>
public sealed class WordPressImportJob(Guid id, string storedPath, string? uploadsArchivePath, string fileName, bool dryRun, Actor startedBy)
    : IProgress<WordPressImportProgress>
{
    private WordPressImportProgress _progress;

    // Written last, and volatile: whoever reads Finished or Failed also sees the Result or Error written before it.
    private volatile WordPressImportJobState _state = WordPressImportJobState.Running;

    public Guid Id { get; } = id;

    /// <summary>The uploaded export, kept in the data folder so the import can follow its dry run without a second upload.</summary>
    public string StoredPath { get; } = storedPath;

    /// <summary>The uploaded ZIP of the old site's uploads folder, kept beside the export; none when only the export came.</summary>
    public string? UploadsArchivePath { get; } = uploadsArchivePath;
    public string FileName { get; } = fileName;
    public bool DryRun { get; } = dryRun;
    public Actor StartedBy { get; } = startedBy;
    public WordPressImportJobState State => _state;
    public WordPressImportReport? Result { get; private set; }

    /// <summary>When <see cref="State"/> is Failed: the one-line reason, naming the place in the file.</summary>
    public string? Error { get; private set; }

    public WordPressImportProgress Progress => _progress;

    public void Report(WordPressImportProgress value) => _progress = value;

    internal void Finish(WordPressImportReport report)
    {
        Result = report;
        _state = WordPressImportJobState.Finished;
    }

    internal void Fail(string error)
    {
        Error = error;
        _state = WordPressImportJobState.Failed;
    }
}
