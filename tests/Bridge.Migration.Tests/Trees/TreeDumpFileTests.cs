namespace Bridge.Migration.Tests.Trees;

public sealed class TreeDumpFileTests
{
    [Fact]
    public void Dump_omits_null_fields_and_writes_focused_only_when_true()
    {
        var json = TreeDumpFile.ToJson(new TreeNode("view", 0, 0, 100, 50)
        {
            TestId = "root",
            Children = { new TreeNode("text", 1.5, 2, 30, 10) { Text = "Hi", Focused = true }, new TreeNode("image", 0, 0, 8, 8) },
        });

        Assert.Equal(
            """{"type":"view","testID":"root","x":0,"y":0,"w":100,"h":50,"children":[{"type":"text","x":1.5,"y":2,"w":30,"h":10,"text":"Hi","focused":true},{"type":"image","x":0,"y":0,"w":8,"h":8}]}""",
            json);
    }

    [Fact]
    public void Colours_opacity_and_image_source_round_trip_in_the_engine_key_order()
    {
        const string json = """{"type":"view","x":0,"y":0,"w":10,"h":10,"backgroundColor":"#0000ff80","borderColor":"#ff0000","opacity":0.5,"children":[{"type":"text","x":0,"y":0,"w":5,"h":5,"text":"a","color":"#ffffff"},{"type":"image","x":0,"y":0,"w":5,"h":5,"src":"asset://p.png"}]}""";

        var node = TreeDumpFile.Parse(json, "t.json");

        Assert.Equal(("#0000ff80", "#ff0000", 0.5), (node.BackgroundColor, node.BorderColor, node.Opacity));
        Assert.Equal("#ffffff", node.Children[0].Color);
        Assert.Equal("asset://p.png", node.Children[1].Src);
        Assert.Equal(json, TreeDumpFile.ToJson(node));
    }

    [Fact]
    public void Saved_dump_loads_back_identically()
    {
        using var dir = new TempDir();
        var path = dir.Combine("home-1.tree.json");
        var tree = TreeSamples.Home();

        TreeDumpFile.Save(tree, path);
        var loaded = TreeDumpFile.Load(path);

        Assert.Equal(TreeDumpFile.ToJson(tree), TreeDumpFile.ToJson(loaded));
        Assert.True(TreeDiff.Compare(tree, loaded, 0).Matches);
    }

    [Fact]
    public void Malformed_node_error_names_its_path_in_the_tree()
    {
        var ex = Assert.Throws<MigrationFileException>(() => TreeDumpFile.Parse(
            """{"type":"view","x":0,"y":0,"w":1,"h":1,"children":[{"type":"button","x":0,"y":0,"w":1,"h":1}]}""", "t.json"));
        Assert.Equal(["$.children[0].type: \"button\" is not view, text or image"], ex.Errors);

        var missing = Assert.Throws<MigrationFileException>(() => TreeDumpFile.Parse("""{"type":"text","x":0,"y":0,"w":1}""", "t.json"));
        Assert.Equal(["$.h: missing"], missing.Errors);
    }
}
