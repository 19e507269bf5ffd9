using Bridge.Engine.Ecs;

namespace Bridge.Engine.Frame;

/// <summary>The fixed order of systems: by <see cref="FrameStage"/>, then by registration within a stage.</summary>
public sealed class Schedule
{
    private readonly World _world;
    private readonly List<EngineSystem>[] _stages = new List<EngineSystem>[StageTimes.StageCount];

    /// <summary>Creates an empty schedule over <paramref name="world"/>.</summary>
    public Schedule(World world)
    {
        _world = world;
        for (int i = 0; i < _stages.Length; i++) _stages[i] = new List<EngineSystem>(2);
    }

    /// <summary>Adds <paramref name="system"/> at the end of its stage, before the systems that run last in it
    /// (<see cref="EngineSystem.RunsLastInStage"/>).</summary>
    public void Add(EngineSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        int stage = (int)system.Stage;
        if ((uint)stage >= (uint)_stages.Length)
            throw new ArgumentOutOfRangeException(nameof(system), system.Stage, $"{system.Name} has no valid stage");
        foreach (var list in _stages)
            if (list.Contains(system)) throw new InvalidOperationException($"Schedule.Add: {system.Name} is already scheduled");
        var systems = _stages[stage];
        int at = systems.Count;
        if (!system.RunsLastInStage)
            while (at > 0 && systems[at - 1].RunsLastInStage) at--;
        systems.Insert(at, system);
    }

    /// <summary>The systems in run order, as "Stage:Name" strings (for logs and tests).</summary>
    public IReadOnlyList<string> Describe()
    {
        var names = new List<string>();
        for (int s = 0; s < _stages.Length; s++)
            foreach (var system in _stages[s]) names.Add($"{(FrameStage)s}:{system.Name}");
        return names;
    }

    /// <summary>Runs every system of <paramref name="stage"/> in order, advancing the change tick around each.</summary>
    public void RunStage(FrameStage stage, long frame, long now, long frequency)
    {
        var list = _stages[(int)stage];
        for (int i = 0; i < list.Count; i++)
        {
            var system = list[i];
            uint thisRun = _world.AdvanceTick();
            system.Run(new SystemContext(frame, now, frequency, system.LastRunTick));
            system.LastRunTick = thisRun;
            // Writes made after this system (by later systems or outside the loop) must be newer than its last run.
            _world.AdvanceTick();
        }
    }
}
