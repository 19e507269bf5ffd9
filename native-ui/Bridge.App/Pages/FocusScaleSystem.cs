using Bridge.Engine.Ecs;
using Bridge.Engine.Frame;
using Bridge.Engine.Widgets;
using Bridge.Schema;

namespace Bridge.App.Pages;

/// <summary>
/// Animates the scale of focused tiles toward 1.08 and of blurred ones back to 1, one step a frame, as the
/// legacy pages' <c>useFocusScale</c> does with a 16 ms timer. Writes the <c>transform</c> prop of the tiles it tracks.
/// </summary>
public sealed class FocusScaleSystem(UiWorld world) : EngineSystem
{
    /// <summary>The scales of the steps after rest (1.0); the last is the focused scale.</summary>
    private static readonly double[] Steps = [1.02, 1.04, 1.06, DemoTheme.FocusScale];

    // One transform list per step, made once, so a frame of animation allocates nothing.
    private static readonly PropValue[] Transforms = BuildTransforms();

    private readonly List<Entry> _active = new(8);

    private struct Entry
    {
        public Entity Tile;
        public int Step;
        public int Target;
    }

    /// <inheritdoc />
    public override FrameStage Stage => FrameStage.Animation;

    /// <summary>Whether a tile is still moving toward its scale.</summary>
    public bool IsAnimating => _active.Count > 0;

    /// <summary>The transform of a tile at rest (scale 1), for its initial style.</summary>
    public static PropValue[] RestTransform => [PropValue.Of("scale"), PropValue.Of(1.0)];

    /// <summary>Starts growing a tile (focus) or shrinking it (blur) from wherever it is now.</summary>
    public void Animate(Entity tile, bool focused)
    {
        var target = focused ? Steps.Length : 0;
        for (var i = 0; i < _active.Count; i++)
        {
            if (_active[i].Tile == tile)
            {
                var e = _active[i];
                e.Target = target;
                _active[i] = e;
                return;
            }
        }
        _active.Add(new Entry { Tile = tile, Step = focused ? 0 : Steps.Length, Target = target });
    }

    /// <inheritdoc />
    public override void Run(in SystemContext context)
    {
        for (var i = _active.Count - 1; i >= 0; i--)
        {
            var e = _active[i];
            if (!world.IsAlive(e.Tile) || e.Step == e.Target)
            {
                _active.RemoveAt(i);
                continue;
            }
            e.Step += e.Step < e.Target ? 1 : -1;
            world.SetProp(e.Tile, PropKey.Transform, Transforms[e.Step]);
            _active[i] = e;
        }
    }

    private static PropValue[] BuildTransforms()
    {
        var all = new PropValue[Steps.Length + 1];
        all[0] = PropValue.Of(RestTransform);
        for (var i = 0; i < Steps.Length; i++)
        {
            all[i + 1] = PropValue.Of([PropValue.Of("scale"), PropValue.Of(Steps[i])]);
        }
        return all;
    }
}
