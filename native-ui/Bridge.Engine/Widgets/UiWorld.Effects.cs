using Bridge.Reactive;

namespace Bridge.Engine.Widgets;

public sealed partial class UiWorld
{
    private readonly Queue<Action> _deferred = new();

    /// <summary>Whether effects or deferred tree edits are waiting for <see cref="FlushEffects"/>.</summary>
    public bool HasPendingEffects => R.HasPendingEffects || _deferred.Count > 0;

    /// <summary>Queues a tree edit to run right after the current effect flush (used to swap in error fallbacks outside the failing effect).</summary>
    public void Defer(Action edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        _deferred.Enqueue(edit);
    }

    /// <summary>Flushes reactive effects, then runs deferred edits, repeating until neither is pending.</summary>
    /// <remarks>The frame loop calls this once per frame in the handlers stage; tests call it directly.</remarks>
    public void FlushEffects()
    {
        for (int round = 0; ; round++)
        {
            if (round == 100)
                throw new InvalidOperationException("FlushEffects: effects and deferred edits kept scheduling each other for 100 rounds");
            R.FlushEffects();
            if (_deferred.Count == 0) return;
            while (_deferred.TryDequeue(out Action? edit)) edit();
        }
    }
}
