namespace Bridge.Schema.Tests;

public sealed class PropCatalogTests
{
    [Fact]
    public void Every_prop_key_has_exactly_one_catalog_entry()
    {
        foreach (var key in Enum.GetValues<PropKey>())
        {
            Assert.True(PropCatalog.TryGet(key, out var info), $"{key} has no catalog entry");
            Assert.Equal(key, info.Key);
        }
        Assert.Equal(Enum.GetValues<PropKey>().Length, PropCatalog.All.Count);
    }

    [Fact]
    public void Js_names_are_unique_and_found_by_name()
    {
        var names = PropCatalog.All.Select(p => p.JsName).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        foreach (var p in PropCatalog.All)
        {
            Assert.True(PropCatalog.TryFind(p.JsName, out var key));
            Assert.Equal(p.Key, key);
        }
    }

    [Fact]
    public void Keyword_props_list_their_default_among_their_keywords()
    {
        foreach (var p in PropCatalog.All.Where(p => p.Kind == ValueKind.Keyword))
        {
            Assert.NotEmpty(p.Keywords);
            Assert.Contains(p.Default, p.Keywords);
        }
    }

    [Theory]
    [InlineData("flexDirection", "column")]
    [InlineData("alignItems", "stretch")]
    [InlineData("flexShrink", "0")]
    [InlineData("alignContent", "flex-start")]
    [InlineData("position", "relative")]
    [InlineData("boxSizing", "border-box")]
    [InlineData("display", "flex")]
    public void Layout_defaults_are_yogas_not_the_webs(string name, string expected)
    {
        Assert.True(PropCatalog.TryFind(name, out var key));
        Assert.Equal(expected, PropCatalog.Get(key).Default);
    }

    [Fact]
    public void Every_style_key_of_the_layout_conformance_cases_is_in_the_schema()
    {
        var cases = Path.Combine(Generator.RepositoryRoot.Find(AppContext.BaseDirectory), "tests", "Bridge.Layout.Tests", "Conformance", "cases", "yoga-cases.json");
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(cases));
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var c in doc.RootElement.EnumerateArray())
        {
            Collect(c.GetProperty("tree"), missing);
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void Unknown_code_is_reported_not_aliased()
    {
        Assert.False(PropCatalog.TryGet((PropKey)999, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => PropCatalog.Get((PropKey)63));
    }

    private static void Collect(System.Text.Json.JsonElement node, SortedSet<string> missing)
    {
        foreach (var style in node.GetProperty("style").EnumerateObject())
        {
            if (!PropCatalog.TryFind(style.Name, out _))
            {
                missing.Add(style.Name);
            }
        }
        foreach (var child in node.GetProperty("children").EnumerateArray())
        {
            Collect(child, missing);
        }
    }
}
