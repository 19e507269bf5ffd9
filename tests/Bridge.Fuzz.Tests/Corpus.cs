using System.Diagnostics;
using Bridge.App.Data;
using Bridge.Bus.Codec;
using Bridge.Bus.Events;
using Bridge.Bus.Ops;
using Bridge.Legacy.Channels;
using Bridge.Legacy.Engines;
using Bridge.Legacy.Hosting;
using Bridge.Schema;

namespace Bridge.Fuzz.Tests;

/// <summary>The saved corpus: for each demo page, the op batches its legacy implementation sent in a session (mount, data,
/// keys, unmount), as recorded from V8 by <see cref="Record"/>; the fuzzers start from these.</summary>
/// <remarks>Files are <c>corpus/PAGE.batches</c>: encoded op batches back to back, in the order they were applied.</remarks>
internal sealed class Corpus
{
    private Corpus(IReadOnlyList<(string Page, IReadOnlyList<byte[]> Batches)> sessions) => Sessions = sessions;

    /// <summary>The corpus folder of the repository.</summary>
    public static string Folder { get; } = Path.Combine(RepoRoot(), "tests", "Bridge.Fuzz.Tests", "corpus");

    private static readonly Lazy<Corpus> s_saved = new(() => Load(Folder));

    /// <summary>The corpus in the repository, loaded once.</summary>
    public static Corpus Saved => s_saved.Value;

    public IReadOnlyList<(string Page, IReadOnlyList<byte[]> Batches)> Sessions { get; }

    /// <summary>Every batch of every session, in one list.</summary>
    public IEnumerable<byte[]> AllBatches => Sessions.SelectMany(s => s.Batches);

    public static Corpus Load(string folder)
    {
        var sessions = new List<(string, IReadOnlyList<byte[]>)>();
        foreach (var file in Directory.GetFiles(folder, "*.batches").Order(StringComparer.Ordinal))
        {
            var batches = new List<byte[]>();
            BatchFraming.Split(File.ReadAllBytes(file), batches, static (list, b) => list.Add(b.ToArray()));
            sessions.Add((Path.GetFileNameWithoutExtension(file), batches));
        }
        if (sessions.Count == 0)
        {
            throw new InvalidOperationException($"no *.batches file in {folder}: record the corpus with scripts/fuzz --record");
        }
        return new Corpus(sessions);
    }

    /// <summary>Runs every demo page in V8, presses keys on its focusable nodes and saves what it sent.</summary>
    public static void Record(string folder)
    {
        var bundle = BuildDemoBundle();
        using var engine = new V8LegacyEngine([bundle], new LegacyEngineOptions { DataService = new CatalogDataService() });
        engine.Ready.GetAwaiter().GetResult();
        (string Page, Dictionary<string, object?> Params)[] pages =
        [
            ("home", new()), ("details", new() { ["id"] = "t001" }), ("search", new()), ("settings", new()),
            ("player", new() { ["id"] = "t001" }),
        ];
        // Every session on page root 1, the root the fuzz worlds open.
        const uint root = 1;
        uint eventId = 0;
        foreach (var (page, parameters) in pages)
        {
            var session = new List<byte[]>();
            var focusable = new List<uint>();
            Send(engine, HostEvent.PageMount(root, page, parameters), session, focusable);
            foreach (var key in new[] { KeyName.Right, KeyName.Down, KeyName.Select, KeyName.Left, KeyName.Up })
            {
                foreach (var node in focusable.Take(3).ToArray())
                {
                    Send(engine, HostEvent.KeyPress(++eventId, node, key, eventId * 16.0), session, focusable);
                }
            }
            Send(engine, HostEvent.PageUnmount(root), session, focusable);
            File.WriteAllBytes(Path.Combine(folder, page + ".batches"), session.SelectMany(b => b).ToArray());
        }
    }

    private static void Send(ILegacyEngine engine, HostEvent e, List<byte[]> session, List<uint> focusable)
    {
        engine.Post(new EventBatch().Add(e));
        var frame = new List<WireBatch>();
        for (var i = 0; i < 10; i++)
        {
            engine.Tick(session.Count * 16.0 + i);
            if (!engine.WaitForIdle(TimeSpan.FromSeconds(20)))
            {
                throw new TimeoutException("the V8 engine did not become idle while recording the corpus");
            }
            frame.Clear();
            engine.Batches.TakeFrame(frame);
            foreach (var wire in frame)
            {
                var bytes = wire.Bytes.ToArray();
                session.Add(bytes);
                var batch = OpBatchCodec.Decode(bytes);
                foreach (var op in batch.Ops)
                {
                    if (op.Code is OpCode.CreateNode or OpCode.UpdateProps && HandlesKeys(batch.PropsOf(op)) && !focusable.Contains(op.Node))
                    {
                        focusable.Add(op.Node);
                    }
                }
            }
        }
        while (engine.TryDequeueCommand(out _))
        {
        }
    }

    private static bool HandlesKeys(ReadOnlySpan<PropEntry> props)
    {
        foreach (var p in props)
        {
            if (p.Key is PropKey.Focusable or PropKey.OnKey or PropKey.OnPress && p.Value.Kind == PropValueKind.Bool && p.Value.Bool)
            {
                return true;
            }
        }
        return false;
    }

    private static LegacyBundle BuildDemoBundle()
    {
        var output = Path.Combine(Path.GetTempPath(), $"bridge-fuzz-{Environment.ProcessId}", "demo.js");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepoRoot(), "scripts", "build-legacy"), Path.Combine(RepoRoot(), "legacy-js", "demo", "app.jsx"), output },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start bash for scripts/build-legacy");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/build-legacy failed ({process.ExitCode}): {stderr.Result}");
        }
        return LegacyBundle.FromFile(output);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bridge.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Bridge.sln above {AppContext.BaseDirectory}");
    }
}
