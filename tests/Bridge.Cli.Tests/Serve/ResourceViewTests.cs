using System.Text.Json;
using Bridge.Graphics;
using Bridge.Serve;

namespace Bridge.Cli.Tests.Serve;

public sealed class ResourceViewTests
{
    [Fact]
    public void Resource_message_carries_images_pages_budget_and_evictions_with_long_sources_cut()
    {
        var dataUrl = "data:image/png;base64," + new string('A', 400);
        var snapshot = new ResourceSnapshot(7, 2048, 4096, 1,
            [new ImageResource(1, "poster.png", ImageState.Ready, 2, 32, 16, 2048, 64.4f, 31.6f), new ImageResource(2, dataUrl, ImageState.Loading, 1, 0, 0, 0, 0, 0)],
            [new EvictedImage("old.png", 8, 8, 256, 1)]);
        TexturePage[] pages = [new(TexturePageKind.Images, 2048, 2048, 2048L * 2048 * 4, 1), new(TexturePageKind.Glyphs, 512, 512, 512 * 512, 40)];

        using var json = JsonDocument.Parse(ResourceView.ToJson(snapshot, pages));
        var root = json.RootElement;
        Assert.Equal("resources", root.GetProperty("type").GetString());
        Assert.Equal(2048, root.GetProperty("textureBytes").GetInt64());
        Assert.Equal(4096, root.GetProperty("budgetBytes").GetInt64());
        Assert.Equal(2048L * 2048 * 4 + 512 * 512, root.GetProperty("pageBytes").GetInt64());
        var poster = root.GetProperty("images")[0];
        Assert.Equal(("poster.png", "ready", 2, 64f, 32f), (poster.GetProperty("src").GetString(), poster.GetProperty("state").GetString(),
            poster.GetProperty("refs").GetInt32(), poster.GetProperty("drawnW").GetSingle(), poster.GetProperty("drawnH").GetSingle()));
        var cut = root.GetProperty("images")[1].GetProperty("src").GetString()!;
        Assert.StartsWith(dataUrl[..ResourceView.MaxSrcChars], cut);
        Assert.EndsWith($"… ({dataUrl.Length} chars)", cut);
        Assert.Equal("old.png", root.GetProperty("evicted")[0].GetProperty("src").GetString());
        Assert.Equal(["images", "glyphs"], root.GetProperty("pages").EnumerateArray().Select(p => p.GetProperty("kind").GetString()));
    }
}
