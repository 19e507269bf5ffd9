using Bridge.Schema.Generator;

namespace Bridge.Schema.Tests;

public sealed class GeneratedJsSchemaTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), JsSchemaEmitter.OutputFolder);

    [Fact]
    public void Committed_schema_js_matches_the_csharp_schema()
    {
        AssertCurrent("schema.js", JsSchemaEmitter.EmitJs());
    }

    [Fact]
    public void Committed_schema_dts_matches_the_csharp_schema()
    {
        AssertCurrent("schema.d.ts", JsSchemaEmitter.EmitDts());
    }

    [Fact]
    public void Generated_js_names_every_prop_with_its_code()
    {
        var js = JsSchemaEmitter.EmitJs();
        foreach (var p in PropCatalog.All)
        {
            Assert.Contains($"  {p.JsName}: {(int)p.Key},\n", js, StringComparison.Ordinal);
        }
    }

    private static void AssertCurrent(string file, string expected)
    {
        var path = Path.Combine(Folder, file);
        Assert.True(File.Exists(path), $"{path} is missing: run 'dotnet run --project shared-schema/Bridge.Schema.Generator'");
        var actual = File.ReadAllText(path);
        Assert.True(actual == expected,
            $"{path} is out of date with the C# schema: run 'dotnet run --project shared-schema/Bridge.Schema.Generator'");
    }
}
