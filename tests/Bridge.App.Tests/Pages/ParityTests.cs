using System.Text.RegularExpressions;
using Bridge.App.Pages;
using Bridge.App.Tests.Demo;
using Bridge.Routing;
using Bridge.Schema;

namespace Bridge.App.Tests.Pages;

/// <summary>Every fixed testID of a legacy page exists in its native version, so `bridge compare` can pair the trees.</summary>
public sealed partial class ParityTests
{
    [GeneratedRegex("testID=\"([^\"]+)\"")]
    private static partial Regex TestIdLiteral();

    [Theory]
    [InlineData("home.jsx", "Home")]
    [InlineData("details.jsx", "Details")]
    [InlineData("search.jsx", "Search")]
    public void Native_page_has_every_fixed_testID_of_its_legacy_page(string jsx, string native)
    {
        var source = File.ReadAllText(Path.Combine(DemoFiles.LegacyDemo, jsx));
        var legacyIds = TestIdLiteral().Matches(source).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(legacyIds);

        using var host = new PageHost(native, native == "Details" ? PageParams.Of("id", "t001") : null);
        if (native == "Details")
        {
            // The watchlist confirmation only exists once the title is on the list.
            host.Key(KeyName.Right);
            host.Key(KeyName.Select);
        }
        var missing = legacyIds.Except(host.TestIds()).Order().ToList();
        Assert.True(missing.Count == 0, $"{native} lacks testIDs of {jsx}: {string.Join(", ", missing)}");
    }
}
