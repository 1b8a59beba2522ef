namespace Byline.Search;

/// <summary>How results are ordered: by relevance (with a boost for recent stories), or newest first.</summary>
public enum SearchSort
{
    Relevance,
    Newest,
}
