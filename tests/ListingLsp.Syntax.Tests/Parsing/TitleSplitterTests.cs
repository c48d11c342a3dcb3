using ListingLsp.Syntax.Parsing;

namespace ListingLsp.Syntax.Tests.Parsing;

public class TitleSplitterTests
{
    [Theory]
    [InlineData("Counting at ScaleAda Quist", "Counting at Scale")]
    [InlineData("Scaling GPT-4Sam Ode", "Scaling GPT-4")]
    [InlineData("All You Need?Ana Berg", "All You Need?")]
    [InlineData("A TitleJ. Doe", "A Title")]
    [InlineData("Notes, Part IIJohn Roe", "Notes, Part II")]
    [InlineData("Part IIJ. Roe", "Part II")]
    [InlineData("Title王小明", "Title")]
    [InlineData("Title 2田中", "Title 2")]
    [InlineData("Title:김민준", "Title:")]
    [InlineData("The Journey, Not the Way: How It WorksIda Moen, Per Dahl", "The Journey, Not the Way: How It Works")]
    [InlineData("OrchardsAda McDonald, Yann LeCun, Ola O'Neil, Kit D'Arcy", "Orchards")]
    [InlineData("OrchardsAda FitzGerald, Ed MacArthur, Jo DeVito, Al DiMarco, Bo DaSilva, Cy DuPont, Di LaValle, Ed VanDyke, Fa VonTrapp, Gi StJohn", "Orchards")]
    [InlineData("Cross-Entropy Revisited (Again)Ana Berg", "Cross-Entropy Revisited (Again)")]
    [InlineData("Ein ÜberblickÉmile Zola", "Ein Überblick")]
    [InlineData("Smileys \U0001F600Ana Berg", "Smileys \U0001F600")]
    public void Splits_at_the_rightmost_glue_point(string text, string title)
    {
        Assert.Equal(title.Length, TitleSplitter.FindAuthorsStart(text));
    }

    [Theory]
    [InlineData("all lowercase words")]
    [InlineData("Title Ada Quist")]
    [InlineData("Multi-Scale")]
    [InlineData("A (Bracketed) 'Quoted' \"Word\"")]
    [InlineData("Ada McDonald")]
    [InlineData("王小明李雷")]
    [InlineData("ACRONYMS LIKE NASA")]
    [InlineData("")]
    [InlineData("X")]
    public void Finds_no_glue_point(string text)
    {
        Assert.Equal(-1, TitleSplitter.FindAuthorsStart(text));
    }

    [Theory]
    [InlineData("TitleAna", 5, true)]
    [InlineData("NASA Ana", 5, false)]
    [InlineData("CNNsAna", 2, true)] // the capital-after-capital rule holds inside acronyms too
    [InlineData("IIJohn", 2, true)]
    [InlineData("IIJ.", 2, true)]
    [InlineData("GPT", 1, false)]
    [InlineData("\"Quoted\"Ana", 8, true)]
    [InlineData("say \"Ana", 5, false)]
    [InlineData("x\u2019Ana", 2, false)]
    [InlineData("x-Ana", 2, false)]
    public void Glue_point_rules(string text, int index, bool expected)
    {
        Assert.Equal(expected, TitleSplitter.IsGluePoint(text, index));
    }
}
