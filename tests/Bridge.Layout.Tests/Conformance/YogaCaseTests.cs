using Bridge.Layout.Conformance;

namespace Bridge.Layout.Tests.Conformance;

public sealed class YogaCaseTests
{
    private static readonly Lazy<IReadOnlyList<LayoutCase>> Cases = new(() => LayoutCaseFile.Load(RepoPaths.YogaCases));

    public static TheoryData<string, string> EnabledCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in Cases.Value)
        {
            if (c.Disabled) continue;
            data.Add(c.Name, "ltr");
            data.Add(c.Name, "rtl");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EnabledCases))]
    public void Shared_case_lays_out_like_yoga(string name, string direction)
    {
        var c = Cases.Value.Single(x => x.Name == name);
        var result = CaseRunner.Run(c, direction == "rtl" ? Direction.Rtl : Direction.Ltr);
        Assert.True(result.Passed, CaseRunner.Describe(result));
    }

    [Fact]
    public void Shared_file_holds_133_cases_with_disabled_ones_reported_apart()
    {
        var summary = CaseRunner.RunAll(Cases.Value, CaseDirections.Both);
        Assert.Equal(133, Cases.Value.Count);
        Assert.Equal(Cases.Value.Count(c => c.Disabled) * 2, summary.DisabledPassed + summary.DisabledFailed);
        Assert.Equal(summary.Results.Count, summary.Passed + summary.Failed + summary.DisabledPassed + summary.DisabledFailed);
    }
}
