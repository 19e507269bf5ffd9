using System.Diagnostics.CodeAnalysis;

namespace Bridge.Interaction.Animation;

/// <summary>A handle to an animation owned by an <see cref="Animator"/>; stale after <see cref="Animator.Release"/>.</summary>
public readonly record struct AnimationHandle(int Index, int Generation);

/// <summary>Owns many numeric animations in flat arrays and steps them once per frame, allocating nothing once warm.</summary>
/// <remarks>
/// <see cref="Step"/> evaluates only running animations (a dense list), so its cost follows the number in flight.
/// A finished animation keeps its end value until it is released or retargeted.
/// </remarks>
public sealed class Animator
{
    private Tween[] _tweens;
    private float[] _values;
    private int[] _generations;
    private int[] _runningSlot;
    private int[] _running;
    private int[] _free;
    private int _runningCount;
    private int _freeCount;
    private int _used;

    /// <summary>Creates an animator with room for a number of animations (it grows when needed).</summary>
    public Animator(int capacity = 64)
    {
        capacity = Math.Max(1, capacity);
        _tweens = new Tween[capacity];
        _values = new float[capacity];
        _generations = new int[capacity];
        _runningSlot = new int[capacity];
        _running = new int[capacity];
        _free = new int[capacity];
    }

    /// <summary>How many animations have not reached their end yet.</summary>
    public int RunningCount => _runningCount;

    /// <summary>Starts an animation from a value to another and returns its handle.</summary>
    public AnimationHandle Start(float from, float to, double nowMs, float durationMs, Easing easing, float delayMs = 0)
    {
        var tween = Tween.Create(from, to, nowMs, durationMs, easing, delayMs);
        var index = _freeCount > 0 ? _free[--_freeCount] : Grow();
        _tweens[index] = tween;
        _values[index] = tween.ValueAt(nowMs);
        _runningSlot[index] = -1;
        SetRunning(index, !tween.IsFinished(nowMs));
        return new AnimationHandle(index, _generations[index]);
    }

    /// <summary>Sends a running or finished animation to a new target, starting from its value at <paramref name="nowMs"/>.</summary>
    public void Retarget(AnimationHandle handle, float to, double nowMs, float durationMs, Easing easing, bool keepVelocity = false)
    {
        var index = Check(handle);
        var old = _tweens[index];
        var velocity = keepVelocity ? old.VelocityAt(nowMs) : 0;
        var tween = Tween.Create(old.ValueAt(nowMs), to, nowMs, durationMs, easing, 0, velocity);
        _tweens[index] = tween;
        _values[index] = tween.ValueAt(nowMs);
        SetRunning(index, !tween.IsFinished(nowMs));
    }

    /// <summary>The value of an animation as of the last <see cref="Step"/> (or its start).</summary>
    public float Value(AnimationHandle handle) => _values[Check(handle)];

    /// <summary>The tween behind a handle.</summary>
    public Tween TweenOf(AnimationHandle handle) => _tweens[Check(handle)];

    /// <summary>True while the animation has not reached its end.</summary>
    public bool IsRunning(AnimationHandle handle) => _runningSlot[Check(handle)] >= 0;

    /// <summary>Frees an animation; its handle becomes stale.</summary>
    public void Release(AnimationHandle handle)
    {
        var index = Check(handle);
        SetRunning(index, false);
        _generations[index]++;
        _free[_freeCount++] = index;
    }

    /// <summary>Evaluates every running animation at the frame time; finished ones settle on their end value.</summary>
    public void Step(double nowMs)
    {
        var i = 0;
        while (i < _runningCount)
        {
            var index = _running[i];
            ref readonly var tween = ref _tweens[index];
            _values[index] = tween.ValueAt(nowMs);
            if (tween.IsFinished(nowMs))
            {
                // Swap-remove keeps the running list dense; the swapped-in entry is visited next.
                SetRunning(index, false);
                continue;
            }
            i++;
        }
    }

    private void SetRunning(int index, bool running)
    {
        var slot = _runningSlot[index];
        if (running && slot < 0)
        {
            _runningSlot[index] = _runningCount;
            _running[_runningCount++] = index;
        }
        else if (!running && slot >= 0)
        {
            var last = _running[--_runningCount];
            _running[slot] = last;
            _runningSlot[last] = slot;
            _runningSlot[index] = -1;
        }
    }

    private int Grow()
    {
        if (_used == _tweens.Length)
        {
            var size = _tweens.Length * 2;
            Array.Resize(ref _tweens, size);
            Array.Resize(ref _values, size);
            Array.Resize(ref _generations, size);
            Array.Resize(ref _runningSlot, size);
            Array.Resize(ref _running, size);
            Array.Resize(ref _free, size);
        }
        return _used++;
    }

    private int Check(AnimationHandle handle)
    {
        if ((uint)handle.Index >= (uint)_used || _generations[handle.Index] != handle.Generation)
        {
            ThrowStale(handle);
        }
        return handle.Index;
    }

    [DoesNotReturn]
    private static void ThrowStale(AnimationHandle handle) =>
        throw new InvalidOperationException(
            $"animation handle {handle.Index}/{handle.Generation} does not name a live animation (released or never started)");
}
