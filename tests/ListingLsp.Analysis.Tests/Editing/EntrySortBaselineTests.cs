using System.Text;
using ListingLsp.Analysis.Editing;
using ListingLsp.Tests.Shared;

namespace ListingLsp.Analysis.Tests.Editing;

public class EntrySortBaselineTests
{
    public static TheoryData<string> Cases => Baseline.Cases("editing/sort");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_sort_order_gives_the_expected_listing(string file)
    {
        var document = EditingRender.Load(file);
        var original = document.Text.ToString();
        var output = new StringBuilder();
        foreach (var order in Enum.GetValues<EntrySortOrder>())
        {
            var changes = EntrySorter.Sort(document, order);
            var sorted = TextEdits.Apply(original, changes);
            output.Append($"==== {order}: {changes.Length} edit(s)\n").Append(sorted);
            if (!sorted.EndsWith('\n'))
            {
                output.Append("\n[no line break at the end]\n");
            }
        }
        Baseline.Verify(Path.ChangeExtension(file, ".sorted.txt"), output.ToString());
    }
}
