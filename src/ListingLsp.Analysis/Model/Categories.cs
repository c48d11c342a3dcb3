namespace ListingLsp.Analysis;

/// <summary>The arXiv subject classes a header's category may name.</summary>
public static class Categories
{
    public static IReadOnlyList<CategoryInfo> All => throw new NotImplementedException();

    public static CategoryInfo? Find(string code) => throw new NotImplementedException();
}
