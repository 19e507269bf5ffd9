namespace Bridge.Migration.Tests.Trees;

public sealed class TreeDiffTests
{
    [Fact]
    public void Same_tree_matches_and_sub_pixel_rounding_is_tolerated()
    {
        var result = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(tileX: 304.3));

        Assert.True(result.Matches);
        Assert.Null(result.First);
        Assert.Equal((8, 8), (result.NativeNodes, result.LegacyNodes));
    }

    [Fact]
    public void Moved_tile_counts_each_moved_node_and_reports_the_first()
    {
        var result = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(tileX: 310));

        Assert.Equal(3, result.DifferingNodes); // the tile, its image and its text
        Assert.Equal(new TreeDifference("/view#home/view#rail-1[0]/view#tile-2[1]", "x", "304", "310"), result.First);
    }

    [Fact]
    public void Text_and_focus_differences_are_named_by_field()
    {
        var text = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(secondTitle: "Deux"));
        Assert.Equal(new TreeDifference("/view#home/view#rail-1[0]/view#tile-2[1]/text[1]", "text", "Two", "Deux"), text.First);

        var focus = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(focusFirst: false));
        Assert.Equal(("focused", "true", "false"), (focus.First!.Field, focus.First.Native, focus.First.Legacy));
    }

    [Fact]
    public void Missing_child_counts_its_whole_subtree()
    {
        var result = TreeDiff.Compare(TreeSamples.Home(tiles: 3), TreeSamples.Home(tiles: 2));

        Assert.Equal(3, result.DifferingNodes);
        Assert.Equal(new TreeDifference("/view#home/view#rail-1[0]", "children", "3 children", "2 children"), result.First);
    }

    [Fact]
    public void Colour_and_image_differences_are_named_by_field()
    {
        var colour = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(tileColor: "#ff0000"));
        Assert.Equal(2, colour.DifferingNodes);
        Assert.Equal(new TreeDifference("/view#home/view#rail-1[0]/view#tile-1[0]", "backgroundColor", "#202830", "#ff0000"), colour.First);

        var image = TreeDiff.Compare(TreeSamples.Home(), TreeSamples.Home(poster: "asset://posters/t009.png"));
        Assert.Equal(("src", "asset://posters/t001.png", "asset://posters/t009.png"), (image.First!.Field, image.First.Native, image.First.Legacy));
    }
}
