using System.Diagnostics;
using Bridge.Engine.Compose;
using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Graphics;
using Bridge.Reactive;
using Bridge.Schema;
using static Bridge.Engine.Compose.UI;

// ECS benchmark: prints one line per case. Samples are timed with Stopwatch after a warm-up; the line shows the
// fastest and the median sample, as ns per entity (iteration) or µs per operation.
int samples = int.TryParse(Environment.GetEnvironmentVariable("BENCH_SAMPLES"), out int s) ? s : 25;
string? only = args.Length > 0 ? args[0] : null;

if (only is null or "walk") Bench.TreeWalk(samples);
if (only is null or "query") Bench.Query(samples);
if (only is null or "subtree") Bench.Subtree(samples);
if (only is null or "frame") Bench.SteadyFrame(samples);

internal struct Counter
{
    public int Value;
}

internal struct Marker;

internal struct Increment : IForEach<Counter>
{
    public void Execute(Entity entity, ref Counter component) => component.Value++;
}

internal static class Bench
{
    private const int Entities = 100_000;

    public static void Query(int samples)
    {
        var world = new World();
        for (int i = 0; i < Entities; i++) world.Set(world.Create(), new Counter { Value = i });

        // Query<T> with Row.Write: the by-ref struct enumerator systems use (stamps change ticks).
        Report("query 1 component, Row.Write (100k)", samples, Entities, () =>
        {
            foreach (var row in world.Query<Counter>()) row.Write.Value++;
        });
        // World.ForEach with a struct callback (also stamps change ticks): the loop the JIT specialises.
        var increment = new Increment();
        Report("query 1 component, ForEach<IForEach> (100k)", samples, Entities, () => world.ForEach<Counter, Increment>(ref increment));
        // The same through the raw span of the dense storage (no change stamps).
        var storage = world.Storage<Counter>();
        Report("query 1 component, span (100k)", samples, Entities, () =>
        {
            foreach (ref Counter c in storage.Rows) c.Value++;
        });
        long sum = 0;
        foreach (var row in world.Query<Counter>()) sum += row.Read.Value;
        if (sum == 0) throw new InvalidOperationException("query benchmark did no work");
    }

    /// <summary>The iteration the engine's systems really do: RenderSystem and LayoutSystem walk the entity tree depth
    /// first (FirstChild/NextSibling, or Children() on an explicit stack) and look each node's components up by entity;
    /// a dense Query is used only for rare components (AnimationSystem's LayoutAnimation, UiWorld's images).</summary>
    public static void TreeWalk(int samples)
    {
        // A page-shaped tree of ~100k entities: root > 10 sections > 100 rails each > 99 tiles each.
        var world = new World();
        var root = world.Create();
        world.Set(root, new Counter());
        int count = 1;
        for (int s = 0; s < 10; s++)
        {
            var section = world.Create();
            world.Set(section, new Counter());
            world.InsertChild(root, section);
            count++;
            for (int r = 0; r < 100; r++)
            {
                var rail = world.Create();
                world.Set(rail, new Counter());
                world.InsertChild(section, rail);
                count++;
                for (int t = 0; t < 99; t++)
                {
                    var tile = world.Create();
                    world.Set(tile, new Counter { Value = t });
                    world.InsertChild(rail, tile);
                    count++;
                }
            }
        }
        if (world.Count != count) throw new InvalidOperationException($"tree has {world.Count} entities, expected {count}");

        // RenderSystem.Draw: recursion over FirstChild/NextSibling, a Get and a GetMut (change stamp) per node.
        Report($"tree walk, recursive FirstChild/NextSibling + Get/GetMut per node ({count / 1000}k, as RenderSystem)", samples, count,
            () => Recurse(world, root));
        // LayoutSystem.Run: an explicit stack filled from Children(), a Get per node and a GetMut where the value changes.
        var stack = new Entity[count];
        Report($"tree walk, explicit stack + Children() + Get per node ({count / 1000}k, as LayoutSystem)", samples, count, () =>
        {
            int top = 0;
            stack[top++] = root;
            while (top > 0)
            {
                Entity e = stack[--top];
                int value = world.Get<Counter>(e).Value;
                if (value >= 0) world.GetMut<Counter>(e).Value = value + 1;
                foreach (Entity c in world.Children(e)) stack[top++] = c;
            }
        });
        // AnimationSystem's Query<LayoutAnimation>: a dense query over a component 1 % of the entities have.
        var marked = new World();
        for (int i = 0; i < Entities; i++)
        {
            var e = marked.Create();
            marked.Set(e, new Counter());
            if (i % 100 == 0) marked.Set(e, new Marker());
        }
        Report("query of a rare component (1 of 100 of 100k entities, as AnimationSystem), per match", samples, Entities / 100, () =>
        {
            foreach (var row in marked.Query<Marker>()) marked.GetMut<Counter>(row.Entity).Value++;
        });
    }

    private static void Recurse(World world, Entity e)
    {
        if (world.Get<Counter>(e).Value >= 0) world.GetMut<Counter>(e).Value++;
        for (Entity c = world.FirstChild(e); !c.IsNull; c = world.NextSibling(c)) Recurse(world, c);
    }

    public static void Subtree(int samples)
    {
        var world = new World();
        var root = world.Create();
        Report("World: create + destroy 1,000-node subtree", samples, 1, () =>
        {
            Entity sub = world.Create();
            world.InsertChild(root, sub);
            for (int r = 0; r < 10; r++)
            {
                Entity rail = world.Create();
                world.InsertChild(sub, rail);
                for (int t = 0; t < 98; t++)
                {
                    Entity tile = world.Create();
                    world.Set(tile, new Counter { Value = t });
                    world.InsertChild(rail, tile);
                }
            }
            world.DestroySubtree(sub);
        }, perOpMicros: true);

        var ui = new UiWorld(new TextSystem());
        PropValue width = PropValue.Of(120), colour = PropValue.Of("#202830");
        Report("UiWorld: create + destroy 1,000-node subtree (views, 2 props each)", samples, 1, () =>
        {
            Entity sub = ui.CreateNode(WidgetType.View);
            ui.InsertChild(ui.ScreenRoot, sub);
            for (int r = 0; r < 10; r++)
            {
                Entity rail = ui.CreateNode(WidgetType.View);
                ui.InsertChild(sub, rail);
                for (int t = 0; t < 98; t++)
                {
                    Entity tile = ui.CreateNode(WidgetType.View);
                    ui.SetProp(tile, PropKey.Width, width);
                    ui.SetProp(tile, PropKey.BackgroundColor, colour);
                    ui.InsertChild(rail, tile);
                }
            }
            ui.DestroySubtree(sub);
        }, perOpMicros: true);

        var composer = new Composer(ui);
        Report("Composer: mount + dispose 1,000-node page", samples, 1, () =>
        {
            using var tree = composer.Mount(() =>
            {
                var page = View();
                for (int r = 0; r < 10; r++)
                {
                    var rail = View(style: new() { FlexDirection = "row" });
                    for (int t = 0; t < 98; t++) rail.Add(View(style: new() { Width = 120, BackgroundColor = "#202830" }));
                    page.Add(rail);
                }
                return page;
            }, ui.ScreenRoot);
        }, perOpMicros: true);
    }

    public static void SteadyFrame(int samples)
    {
        var ui = new UiWorld(new TextSystem());
        var composer = new Composer(ui);
        var loop = new FrameLoop(ui, new UnpacedClock(), new NullRenderBackend(1280, 720), 1280, 720);
        var labels = new string[8];
        for (int i = 0; i < labels.Length; i++) labels[i] = $"Score {i}";
        var score = R.Signal(labels[0]);
        var tiles = new List<Entity>();
        int focus = 0;
        composer.Mount(() =>
        {
            var page = View(style: new() { Padding = 48 })[Text(score, style: new() { FontSize = 20 })];
            for (int r = 0; r < 10; r++)
            {
                var rail = View(style: new() { FlexDirection = "row", Gap = 16 });
                for (int t = 0; t < 16; t++)
                    rail.Add(View(testId: $"t{r}-{t}", focusable: true, style: new() { Width = 120, Height = 68, BackgroundColor = "#202830" },
                                  onPress: () => { focus = (focus + 1) % tiles.Count; ui.Focus(tiles[focus]); })[
                        Image($"i{r}{t}.png", style: new() { Width = 120, Height = 48 }),
                        Text($"Title {r}.{t}")]);
                page.Add(rail);
            }
            return page;
        }, ui.ScreenRoot);
        for (int r = 0; r < 10; r++) for (int t = 0; t < 16; t++) tiles.Add(ui.FindByTestId($"t{r}-{t}"));
        ui.Focus(tiles[0]);
        int step = 0;
        Report($"steady frame, select -> focus move + text update ({ui.Ecs.Count} entities)", samples, 1, () =>
        {
            score.Set(labels[++step % labels.Length]);
            loop.Input.Enqueue(KeyName.Select);
            loop.RunFrame();
        }, perOpMicros: true, innerRepeats: 100);
    }

    private static void Report(string name, int samples, int perRun, Action run, bool perOpMicros = false, int innerRepeats = 0)
    {
        int repeats = innerRepeats > 0 ? innerRepeats : perOpMicros ? 20 : 10;
        for (int i = 0; i < 5; i++) for (int j = 0; j < repeats; j++) run();
        var times = new double[samples];
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < samples; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            for (int j = 0; j < repeats; j++) run();
            times[i] = Stopwatch.GetElapsedTime(t0).TotalNanoseconds / repeats;
        }
        allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / ((long)samples * repeats);
        Array.Sort(times);
        double best = times[0], median = times[samples / 2];
        // A p99 needs 1,000 samples; with fewer the tail shown is the max, named as such.
        var (tailName, tail) = samples >= 1000 ? ("p99", times[(int)Math.Ceiling(samples * 0.99) - 1]) : ("max", times[^1]);
        if (perOpMicros)
            Console.WriteLine($"{name,-100} best {best / 1000,9:F1} µs  median {median / 1000,9:F1} µs  {tailName} {tail / 1000,9:F1} µs  alloc {allocated,8} B/op  (n={samples})");
        else
            Console.WriteLine($"{name,-100} best {best / perRun,7:F3} ns/entity  median {median / perRun,7:F3} ns/entity  (n={samples})");
    }
}
