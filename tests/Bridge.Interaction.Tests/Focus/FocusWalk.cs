using Bridge.Interaction.Focus;

namespace Bridge.Interaction.Tests.Focus;

/// <summary>Moves focus over a graph as the engine's focus system does with the navigator: a pressed direction goes where
/// the navigator says, and every focus change is recorded in the groups above it.</summary>
internal sealed class FocusWalk
{
    private readonly SpatialNavigator _navigator = new();

    public int Focused { get; private set; } = -1;

    public void Focus(TreeGraph graph, int node)
    {
        Focused = node;
        _navigator.RecordFocus(graph, node);
    }

    public NavigationResult Press(TreeGraph graph, Direction direction)
    {
        var result = _navigator.Navigate(graph, Focused, direction);
        if (result.HasTarget)
        {
            Focus(graph, result.Target);
        }
        return result;
    }
}
