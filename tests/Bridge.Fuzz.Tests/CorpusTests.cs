namespace Bridge.Fuzz.Tests;

/// <summary>The saved corpus stays what the fuzzers need: real sessions of every demo page that apply cleanly.</summary>
public sealed class CorpusTests
{
    [Fact]
    public void Every_saved_session_applies_and_draws_from_an_empty_page()
    {
        if (Environment.GetEnvironmentVariable("BRIDGE_FUZZ_RECORD") == "1")
        {
            Corpus.Record(Corpus.Folder);
        }
        var corpus = Corpus.Load(Corpus.Folder);
        Assert.Equal(new[] { "details", "home", "player", "search", "settings" }, corpus.Sessions.Select(s => s.Page));
        var assets = Directory.CreateTempSubdirectory("bridge-corpus-").FullName;
        try
        {
            using var resources = new Bridge.Graphics.ResourceSystem(assets);
            foreach (var (page, batches) in corpus.Sessions)
            {
                using var world = new FuzzWorld(new Bridge.Graphics.TextSystem(), resources);
                Assert.True(batches.Count >= 2, $"{page}: {batches.Count} batches");
                foreach (var batch in batches)
                {
                    foreach (var result in world.Apply(batch))
                    {
                        Assert.True(result.Status == Bridge.Legacy.Applying.ApplyStatus.Applied, $"{page}: {result.Status} {result.Message}");
                    }
                    world.RunFrames(1, 16);
                }
            }
        }
        finally
        {
            Directory.Delete(assets, recursive: true);
        }
    }
}
