namespace ListingLsp.Analysis.Tests;

/// <summary>Search and counts across the workspace's listings.</summary>
public sealed class WorkspaceIndexTests
{
    private const string Lab = """
        CLAug 8, 2025
        Sparse Probes for Dialogue StateMirela Kovacs, Tobiah Renner · mit, MILA
        Prose.
        LGJan 3, 2024
        Dense Probes RevisitedMirela Kovacs et al. · mit
        Prose.
        """;

    private const string Reading = """
        CVFeb 2, 2023
        Probing Vision EncodersAnouk Vermeer, mirela kovacs · berkeley
        Prose.
        """;

    private static WorkspaceIndex Index() => WorkspaceIndex.Empty
        .SetDocument("file:///lab.listing", TestSupport.Parse(Lab))
        .SetDocument("file:///reading.listing", TestSupport.Parse(Reading));

    [Fact]
    public void An_open_document_is_indexed_like_one_read_from_disk()
    {
        // Open documents count at once and read their paper catalog when first asked; the answers are the same.
        WorkspaceIndex Build(bool open) => WorkspaceIndex.Empty
            .SetDocument("file:///lab.listing", TestSupport.Parse(Lab), open)
            .SetDocument("file:///reading.listing", TestSupport.Parse(Reading), open);
        static IEnumerable<(string, string, int)> Refs(IEnumerable<PaperRef> papers) => papers.Select(p => (p.Uri, p.Title, p.Line));
        var (disk, editor) = (Build(open: false), Build(open: true));
        Assert.Equal(disk.OrgTags, editor.OrgTags);
        Assert.Equal(disk.Authors, editor.Authors);
        Assert.Equal(Refs(disk.Search("probes kovacs", 10)), Refs(editor.Search("probes kovacs", 10)));
        Assert.Equal(Refs(disk.PapersByAuthor("mirela KOVACS")), Refs(editor.PapersByAuthor("mirela KOVACS")));
        Assert.Equal(Refs(disk.PapersByOrg("MILA")), Refs(editor.PapersByOrg("MILA")));
    }

    [Fact]
    public void Search_matches_every_word_as_a_prefix_of_title_words_or_names()
    {
        var index = Index();
        Assert.Equal(["Dense Probes Revisited", "Probing Vision Encoders", "Sparse Probes for Dialogue State"],
            index.Search("prob", 10).Select(p => p.Title).Order(StringComparer.Ordinal));
        Assert.Equal(["Sparse Probes for Dialogue State"], index.Search("PROBES renner", 10).Select(p => p.Title));
        Assert.Equal("Dense Probes Revisited", index.Search("dense", 10)[0].Title);
        Assert.Empty(index.Search("probes nobody", 10));
        Assert.Single(index.Search("prob", 1));
    }

    [Fact]
    public void Papers_by_author_and_org_ignore_case_and_tag_form()
    {
        var index = Index();
        Assert.Equal(3, index.PapersByAuthor("Mirela Kovacs").Count);
        Assert.Equal(2, index.PapersByOrg("MIT").Count);
        Assert.Single(index.PapersByOrg("mila"));
        var paper = index.PapersByOrg("berkeley")[0];
        Assert.Equal(("file:///reading.listing", 0, "CV", new DateOnly(2023, 2, 2)), (paper.Uri, paper.Line, paper.Category, paper.Date));
    }

    [Fact]
    public void Counts_are_most_frequent_first()
    {
        var index = Index();
        Assert.Equal(("mit", 2), index.OrgTags[0]);
        Assert.Equal(("Mirela Kovacs", 3), index.Authors[0]);
        Assert.Equal(3, index.OrgTags.Count);
    }

    [Fact]
    public void Updating_or_removing_a_document_changes_only_its_papers()
    {
        var index = Index();
        var updated = index.SetDocument("file:///reading.listing", TestSupport.Parse(Reading.Replace("berkeley", "cmu")));
        Assert.Empty(updated.PapersByOrg("berkeley"));
        Assert.Single(updated.PapersByOrg("cmu"));
        Assert.Single(index.PapersByOrg("berkeley"));
        var removed = updated.RemoveDocument("file:///lab.listing");
        Assert.Equal(["file:///reading.listing"], removed.Documents);
        Assert.Equal(("Anouk Vermeer", 1), removed.Authors[0]);
    }
}
