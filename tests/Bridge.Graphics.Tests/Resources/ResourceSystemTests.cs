namespace Bridge.Graphics.Tests;

public sealed class ResourceSystemTests : IDisposable
{
    private readonly string _assets = Path.Combine(Path.GetTempPath(), "bridge-res-" + Guid.NewGuid().ToString("N"));
    private readonly NullRenderBackend _backend = new(64, 64);
    private readonly LogSink _sink = new();

    public ResourceSystemTests()
    {
        HomePageScene.WriteTileAssets(_assets, 4, 32, 16);
        File.WriteAllBytes(Path.Combine(_assets, "corrupt.png"), [0x89, 0x50, 0x4E, 0x47, 1, 2, 3, 4, 5]);
    }

    public void Dispose()
    {
        _backend.Dispose();
        Directory.Delete(_assets, recursive: true);
    }

    [Fact]
    public void Image_decodes_off_thread_and_uploads_on_update()
    {
        using var res = new ResourceSystem(_assets, _sink.Logger);
        ImageHandle h = res.Acquire("tile-0.png");
        Assert.Equal(ImageState.Loading, res.GetState(h));
        Settle(res);
        Assert.Equal(ImageState.Ready, res.GetState(h));
        Assert.Equal((32, 16), _backend.Images[h.Id]);
        Assert.True(res.TryGetSize(h, out int w, out int hh) && w == 32 && hh == 16);
        Assert.Equal(32 * 16 * 4, res.TextureBytes);
    }

    [Fact]
    public void Same_src_shares_one_handle_and_asset_uri_resolves_to_the_folder()
    {
        using var res = new ResourceSystem(_assets);
        ImageHandle a = res.Acquire("tile-1.png");
        Assert.Equal(a, res.Acquire("tile-1.png"));
        ImageHandle b = res.Acquire("asset://tile-2.png");
        Settle(res);
        Assert.Equal(ImageState.Ready, res.GetState(b));
    }

    [Theory]
    [InlineData("missing.png")]
    [InlineData("corrupt.png")]
    [InlineData("../outside.png")]
    [InlineData("https://example.com/a.png")]
    public void Unusable_src_fails_once_with_a_logged_reason(string src)
    {
        using var res = new ResourceSystem(_assets, _sink.Logger);
        ImageHandle h = res.Acquire(src);
        Settle(res);
        res.Acquire(src);
        Settle(res);
        Assert.Equal(ImageState.Failed, res.GetState(h));
        Assert.Single(_sink.Messages, m => m.Contains(src) && m.Contains("placeholder"));
        Assert.False(_backend.Images.ContainsKey(h.Id));
    }

    [Fact]
    public void Uploads_are_spread_over_frames_by_the_upload_budget()
    {
        using var res = new ResourceSystem(_assets, options: new ResourceOptions(UploadBytesPerFrame: 32 * 16 * 4));
        ImageHandle[] hs = [res.Acquire("tile-0.png"), res.Acquire("tile-1.png"), res.Acquire("tile-2.png")];
        SpinWait.SpinUntil(() => { res.Update(_backend); return _backend.Images.Count > 0; }, 10_000);
        Assert.Single(_backend.Images);
        res.Update(_backend);
        Assert.InRange(_backend.Images.Count, 1, 2);
        Settle(res);
        Assert.All(hs, h => Assert.Equal(ImageState.Ready, res.GetState(h)));
    }

    [Fact]
    public void Images_that_arrive_by_one_update_upload_in_the_order_they_were_acquired_whatever_order_they_decode_in()
    {
        // A large image first: its decode finishes after the small ones that started behind it.
        HomePageScene.WriteTileAssets(Path.Combine(_assets, "big"), 1, 2048, 2048);
        using var res = new ResourceSystem(_assets);
        ImageHandle[] hs = [res.Acquire("big/tile-0.png"), res.Acquire("tile-0.png"), res.Acquire("tile-1.png"), res.Acquire("tile-2.png")];
        Assert.True(res.WaitForDecodes(TimeSpan.FromSeconds(30)));
        var uploader = new RecordingUploader();
        res.Update(uploader, long.MaxValue);
        Assert.Equal(hs.Select(h => h.Id), uploader.Uploaded);
        Assert.False(res.HasPendingWork);
    }

    [Fact]
    public void Waiting_for_decodes_returns_at_once_when_none_runs()
    {
        using var res = new ResourceSystem(_assets);
        Assert.True(res.WaitForDecodes(TimeSpan.Zero));
    }

    private sealed class RecordingUploader : IImageUploader
    {
        public List<int> Uploaded { get; } = [];

        public void UploadImage(ImageHandle image, int width, int height, ReadOnlySpan<byte> premultipliedRgba) => Uploaded.Add(image.Id);

        public void DeleteImage(ImageHandle image)
        {
        }
    }

    [Fact]
    public void Released_images_are_evicted_least_recent_first_over_the_byte_budget()
    {
        long one = 32 * 16 * 4;
        using var res = new ResourceSystem(_assets, options: new ResourceOptions(TextureByteBudget: 2 * one));
        ImageHandle a = res.Acquire("tile-0.png"), b = res.Acquire("tile-1.png"), c = res.Acquire("tile-2.png");
        Settle(res);
        res.Release(a);
        res.Release(b);
        res.Update(_backend);
        Assert.Equal(1, res.Evictions);
        Assert.False(_backend.Images.ContainsKey(a.Id));
        Assert.True(_backend.Images.ContainsKey(b.Id));
        Assert.True(_backend.Images.ContainsKey(c.Id));
        Assert.Throws<ArgumentException>(() => res.GetState(a));
        // Re-acquiring a cached image takes it off the eviction list.
        Assert.Equal(b, res.Acquire("tile-1.png"));
        ImageHandle d = res.Acquire("tile-3.png");
        Settle(res);
        Assert.Equal(ImageState.Ready, res.GetState(d));
        Assert.True(_backend.Images.ContainsKey(b.Id), "referenced images are never evicted");
        ImageHandle again = res.Acquire("tile-0.png");
        Assert.NotEqual(a, again);
    }

    [Fact]
    public void Snapshot_reports_each_image_the_budget_and_the_evictions_and_its_version_moves_only_on_change()
    {
        long one = 32 * 16 * 4;
        using var res = new ResourceSystem(_assets, _sink.Logger, new ResourceOptions(TextureByteBudget: 2 * one));
        ImageHandle a = res.Acquire("tile-0.png"), b = res.Acquire("tile-1.png"), c = res.Acquire("tile-2.png");
        ImageHandle missing = res.Acquire("missing.png");
        Settle(res);
        long version = res.Version;
        res.Update(_backend);
        Assert.Equal(version, res.Version);
        ResourceSnapshot shot = res.Snapshot(h => h == b ? (64f, 32f) : null);
        Assert.Equal(version, shot.Version);
        Assert.Equal(3 * one, shot.TextureBytes);
        Assert.Equal(2 * one, shot.TextureByteBudget);
        Assert.Equal(
            [
                new ImageResource(a.Id, "tile-0.png", ImageState.Ready, 1, 32, 16, one, 0, 0),
                new ImageResource(b.Id, "tile-1.png", ImageState.Ready, 1, 32, 16, one, 64, 32),
                new ImageResource(c.Id, "tile-2.png", ImageState.Ready, 1, 32, 16, one, 0, 0),
                new ImageResource(missing.Id, "missing.png", ImageState.Failed, 1, 0, 0, 0, 0, 0),
            ],
            shot.Images);
        Assert.Empty(shot.Evicted);

        res.Release(a);
        Assert.NotEqual(version, res.Version);
        res.Update(_backend);
        shot = res.Snapshot();
        Assert.Equal(1, shot.Evictions);
        Assert.Equal(new EvictedImage("tile-0.png", 32, 16, one, 1), Assert.Single(shot.Evicted));
        Assert.DoesNotContain(shot.Images, i => i.Src == "tile-0.png");
        Assert.Equal(2 * one, shot.TextureBytes);
    }

    [Theory]
    [InlineData(1920, 1080, 1280, 720, 1280, 720)]
    [InlineData(1920, 600, 1280, 720, 1920, 600)]
    [InlineData(1920, 1080, 1920, 1080, 1920, 1080)]
    [InlineData(1920, 1080, 3840, 2160, 1920, 1080)]
    [InlineData(4000, 1000, 1280, 720, 2880, 720)]
    [InlineData(1300, 740, 1280, 720, 1300, 740)]
    [InlineData(1920, 1080, 0, 0, 1920, 1080)]
    public void Textures_cover_the_frame_and_no_more(int w, int h, int frameW, int frameH, int textureW, int textureH) =>
        Assert.Equal((textureW, textureH), ResourceSystem.FitSize(w, h, frameW, frameH));

    [Fact]
    public void An_image_larger_than_the_frame_is_uploaded_at_the_size_that_covers_it_and_again_when_the_frame_grows()
    {
        string dir = Path.Combine(_assets, "large");
        HomePageScene.WriteTileAssets(dir, 1, 256, 128);
        using var res = new ResourceSystem(dir);
        ImageHandle h = res.Acquire("tile-0.png");
        Settle(res);
        Assert.Equal((128, 64), _backend.Images[h.Id]);
        Assert.True(res.TryGetSize(h, out int w, out int hh) && w == 256 && hh == 128, "its size stays its own");
        Assert.Equal(128 * 64 * 4, res.TextureBytes);

        _backend.Resize(240, 120);
        Settle(res);
        Assert.Equal((256, 128), _backend.Images[h.Id]);
        Assert.Equal(256 * 128 * 4, res.TextureBytes);
        Assert.Equal(ImageState.Ready, res.GetState(h));
    }

    [Fact]
    public void Releasing_more_than_acquired_throws_naming_the_src()
    {
        using var res = new ResourceSystem(_assets);
        ImageHandle h = res.Acquire("tile-0.png");
        res.Release(h);
        var ex = Assert.Throws<InvalidOperationException>(() => res.Release(h));
        Assert.Contains("tile-0.png", ex.Message);
    }

    private void Settle(ResourceSystem res)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        do
        {
            res.Update(_backend);
            if (res.HasPendingWork) Thread.Sleep(1);
        } while (res.HasPendingWork && DateTime.UtcNow < deadline);
        Assert.False(res.HasPendingWork);
    }
}
