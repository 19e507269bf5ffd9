using Bridge.Legacy.Data;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;

namespace Bridge.Legacy.Tests.Support;

/// <summary>One V8 and one Jint engine with the fixture bundle, shared by a test class; each test uses its own page roots.</summary>
public sealed class EngineFixture : IDisposable
{
    private readonly Dictionary<string, ILegacyEngine> _engines = new();
    private uint _nextRoot = 1;

    internal LogCollector Logs { get; } = new();

    /// <summary>The data service the engines answer fetchData with.</summary>
    internal static HostDataRouter CreateData() => new HostDataRouter()
        .Map("rails", p => new[]
        {
            new Dictionary<string, object?> { ["id"] = 1, ["title"] = "First" },
            new Dictionary<string, object?> { ["id"] = 2, ["title"] = "Second " + ((IDictionary<string, object?>)p!)["page"] },
        })
        .Map("slow", async (p, ct) =>
        {
            await Task.Delay(30, ct);
            return new[] { new { id = 9, title = "Late" } };
        });

    internal static ILegacyEngine Start(string engine, LegacyEngineOptions options) => engine switch
    {
        "v8" => new V8LegacyEngine([FixtureBundle.Bundle], options),
        "jint" => new JintLegacyEngine([FixtureBundle.Bundle], options),
        _ => throw new ArgumentException($"unknown engine '{engine}'", nameof(engine)),
    };

    internal ILegacyEngine Engine(string name)
    {
        lock (_engines)
        {
            if (!_engines.TryGetValue(name, out var engine))
            {
                engine = Start(name, new LegacyEngineOptions { Logger = Logs.Logger, DataService = CreateData() });
                _engines.Add(name, engine);
            }
            Assert.True(engine.Ready.Wait(TimeSpan.FromSeconds(60)), $"{name} did not start");
            return engine;
        }
    }

    internal PageDriver Page(string engine) => new(Engine(engine), Interlocked.Increment(ref _nextRoot));

    public void Dispose()
    {
        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }
    }
}
