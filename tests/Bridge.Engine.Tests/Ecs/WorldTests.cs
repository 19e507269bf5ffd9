using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;

namespace Bridge.Engine.Tests.Ecs;

public sealed class WorldTests
{
    private struct Position { public float X; }

    private struct Velocity { public float Dx; }

    [Fact]
    public void Stale_entity_id_is_rejected_after_its_slot_is_reused()
    {
        var world = new World();
        var old = world.Create();
        world.Set(old, new Position { X = 1 });
        world.Destroy(old);
        var reused = world.Create();

        Assert.Equal(old.Index, reused.Index);
        Assert.NotEqual(old.Generation, reused.Generation);
        Assert.False(world.IsAlive(old));
        Assert.True(world.IsAlive(reused));
        Assert.False(world.Has<Position>(reused));
        var ex = Assert.Throws<EntityNotAliveException>(() => world.Set(old, new Position { X = 2 }));
        Assert.Contains("stale", ex.Message);
        Assert.False(world.TryGet<Position>(old, out _));
        Assert.False(world.IsAlive(Entity.Null));
    }

    [Fact]
    public void Missing_component_names_entity_and_type()
    {
        var world = new World();
        var e = world.Create();
        var ex = Assert.Throws<MissingComponentException>(() => world.Get<Velocity>(e));
        Assert.Contains("Velocity", ex.Message);
        Assert.Contains(e.ToString(), ex.Message);
    }

    [Fact]
    public void Remove_keeps_other_rows_addressable()
    {
        var world = new World();
        var a = world.Create();
        var b = world.Create();
        var c = world.Create();
        world.Set(a, new Position { X = 1 });
        world.Set(b, new Position { X = 2 });
        world.Set(c, new Position { X = 3 });
        world.Remove<Position>(a);

        Assert.Equal(2, world.Get<Position>(b).X);
        Assert.Equal(3, world.Get<Position>(c).X);
        Assert.Equal(2, world.Storage<Position>().Count);
    }

    [Fact]
    public void Query_of_two_components_visits_only_entities_with_both_and_writes_by_ref()
    {
        var world = new World();
        var both = world.Create();
        var onlyPos = world.Create();
        world.Set(both, new Position { X = 1 });
        world.Set(both, new Velocity { Dx = 2 });
        world.Set(onlyPos, new Position { X = 5 });

        int visited = 0;
        foreach (var row in world.Query<Position, Velocity>())
        {
            row.C1.X += row.C2.Dx;
            visited++;
        }

        Assert.Equal(1, visited);
        Assert.Equal(3, world.Get<Position>(both).X);
        Assert.Equal(5, world.Get<Position>(onlyPos).X);
    }

    private sealed class Writer(World world, Entity target) : EngineSystem
    {
        public bool Write;
        public override FrameStage Stage => FrameStage.Handlers;
        public override void Run(in SystemContext context)
        {
            if (Write) world.GetMut<Position>(target).X += 1;
        }
    }

    private sealed class Reader(World world) : EngineSystem
    {
        public readonly List<Entity> Seen = new();
        public override FrameStage Stage => FrameStage.Layout;
        public override void Run(in SystemContext context)
        {
            Seen.Clear();
            foreach (var row in world.Changed<Position>(context.LastRunTick)) Seen.Add(row.Entity);
        }
    }

    [Fact]
    public void Change_is_seen_by_the_next_system_exactly_once()
    {
        var world = new World();
        var e = world.Create();
        var quiet = world.Create();
        world.Set(e, new Position());
        world.Set(quiet, new Position());
        var writer = new Writer(world, e);
        var reader = new Reader(world);
        var schedule = new Schedule(world);
        schedule.Add(reader);
        schedule.Add(writer);

        schedule.RunStage(FrameStage.Handlers, 1, 0, 1);
        schedule.RunStage(FrameStage.Layout, 1, 0, 1);
        Assert.Equal(2, reader.Seen.Count);   // both were added before the reader ever ran

        writer.Write = true;
        schedule.RunStage(FrameStage.Handlers, 2, 0, 1);
        schedule.RunStage(FrameStage.Layout, 2, 0, 1);
        Assert.Equal([e], reader.Seen);

        writer.Write = false;
        schedule.RunStage(FrameStage.Handlers, 3, 0, 1);
        schedule.RunStage(FrameStage.Layout, 3, 0, 1);
        Assert.Empty(reader.Seen);

        world.GetMut<Position>(quiet).X = 9;   // a write from outside the loop, after the reader ran
        schedule.RunStage(FrameStage.Layout, 4, 0, 1);
        Assert.Equal([quiet], reader.Seen);
    }

    [Fact]
    public void Schedule_describes_systems_in_stage_order()
    {
        var world = new World();
        var schedule = new Schedule(world);
        schedule.Add(new Reader(world));
        schedule.Add(new Writer(world, world.Create()));
        Assert.Equal(["Handlers:Writer", "Layout:Reader"], schedule.Describe());
    }
}
