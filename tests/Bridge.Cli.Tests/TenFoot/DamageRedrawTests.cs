using Bridge.App;
using Bridge.Graphics;
using Bridge.Host;
using Bridge.Migration;

namespace Bridge.Cli.Tests.TenFoot;

/// <summary>The demo's Home, hosted as the app runs it on the GL backend: focus moves redraw only what changed, and the
/// frame they leave has the same pixels as the same frame drawn whole.</summary>
public sealed class DamageRedrawTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bridge-damage-").FullName;

    [Fact]
    public void Focus_moves_on_home_redraw_damage_frames_whose_result_matches_a_full_redraw()
    {
        var log = Serilog.Core.Logger.None;
        var builder = BridgeApp.CreateBuilder([]);
        builder.Pages.AddDemoPages();
        builder.Services.AddDemoServices();
        using var app = builder.Build();
        var manifest = Write("manifest.json", """
            {"start": "home", "design": [1280, 720], "pages": {"home": {"native": "Home", "live": "native"}}}
            """);
        // Along the first rail: focus moves (with their scale animation) that do not scroll the page.
        var script = Script.Load(Write("script.json", """
            {"size": [1280, 720], "steps": [{"navigate": "home"}, {"idle": true},
              {"key": "down"}, {"key": "right", "repeat": 3}, {"key": "left"}, {"idle": true}]}
            """));
        var options = new HostOptions(script.Size, "unpaced", "gles", DemoApp.DefaultAssetCache());
        using var host = AppHost.Create(options, app.Services, app.Pages, Manifest.Load(manifest, app.Pages.Names), log);
        var backend = (GlesRenderBackend)host.Backend;
        var frames = new List<RenderStats>();
        host.Loop.FrameEnded += (in Bridge.Engine.Frame.FrameRecord _) => frames.Add(backend.LastFrame);
        new ScriptRunner(host, Path.Combine(_dir, "out"), log).Run(script);

        var moves = frames.Where(f => f.Kind == RedrawKind.Damage).ToList();
        Assert.True(moves.Count >= 5, $"{moves.Count} damage frames: " + string.Join(", ", frames.Select(f => $"{f.Kind}/{f.Reason}")));
        // A focus move on Home changes a tile or two, not the page: most of the frame is kept.
        Assert.All(moves, f => Assert.InRange(f.DamagedPixels, 1, 1280 * 720 / 4));
        var damage = new byte[1280 * 720 * 4];
        backend.ReadPixels(damage);

        // The same draw list drawn whole.
        backend.DamageRedraw = false;
        backend.Render(host.Loop.DrawList, host.Loop.ClearColor);
        Assert.Equal(RedrawKind.Full, backend.LastFrame.Kind);
        var full = new byte[damage.Length];
        backend.ReadPixels(full);
        var at = damage.AsSpan().CommonPrefixLength(full);
        Assert.True(at == damage.Length, $"pixel ({at / 4 % 1280}, {at / 4 / 1280}) of the damage-redrawn frame differs from the full redraw's");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
