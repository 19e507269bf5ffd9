namespace Bridge.Migration.Tests.Trees;

/// <summary>A small Home page tree: a root view with a rail of two tiles, each with an image and a title.</summary>
internal static class TreeSamples
{
    public static TreeNode Home(string secondTitle = "Two", double tileX = 304, bool focusFirst = true, int tiles = 2,
        string tileColor = "#202830", string poster = "asset://posters/t001.png")
    {
        var rail = new TreeNode("view", 48, 48, 1184, 135) { TestId = "rail-1" };
        for (var i = 0; i < tiles; i++)
        {
            var x = i == 0 ? 48 : tileX + (i - 1) * 256;
            rail.Children.Add(new TreeNode("view", x, 48, 240, 135)
            {
                TestId = $"tile-{i + 1}",
                BackgroundColor = tileColor,
                Focused = i == 0 && focusFirst,
                Children =
                {
                    new TreeNode("image", x, 48, 240, 135) { Src = i == 0 ? poster : "asset://posters/t002.png" },
                    new TreeNode("text", x, 160, 240, 23) { Text = i == 1 ? secondTitle : $"Title {i + 1}", Color = "#ffffff" },
                },
            });
        }
        return new TreeNode("view", 0, 0, 1280, 720) { TestId = "home", Children = { rail } };
    }
}
