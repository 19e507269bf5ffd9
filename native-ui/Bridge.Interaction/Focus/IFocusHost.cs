using Bridge.Interaction.Input;

namespace Bridge.Interaction.Focus;

/// <summary>What a key handler decided.</summary>
public enum KeyVerdict : byte
{
    /// <summary>Let the key go on: to the parent's handler, then to default navigation.</summary>
    Continue = 0,
    /// <summary>The key is consumed: no further handler runs and focus does not move.</summary>
    Consume = 1,
}

/// <summary>A focus graph whose nodes may have key handlers (the <c>onKey</c> prop) and may veto focus moves.</summary>
public interface IFocusHost : IFocusGraph
{
    /// <summary>Runs the node's key handler, if any, and returns its verdict (<see cref="KeyVerdict.Continue"/> when none).</summary>
    KeyVerdict OnKey(int node, RemoteKey key);

    /// <summary>Asked once navigation chose a target; false cancels the move and focus stays (LRUD's cancellable leave/enter).</summary>
    bool ApproveMove(int from, int to, Direction direction);
}
