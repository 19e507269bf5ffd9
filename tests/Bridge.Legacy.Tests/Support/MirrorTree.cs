using Bridge.Bus.Ops;
using Bridge.Schema;

namespace Bridge.Legacy.Tests.Support;

/// <summary>A plain tree the tests rebuild from op batches, to assert on structure and identity.</summary>
internal sealed class MirrorTree
{
    public sealed class Node
    {
        public required uint Id { get; init; }
        public required WidgetType Type { get; init; }
        public Dictionary<PropKey, PropValue> Props { get; } = new();
        public string Text { get; set; } = "";
        public List<Node> Children { get; } = new();
        public Node? Parent { get; set; }
        public string? TestId => Props.TryGetValue(PropKey.TestId, out var v) ? v.String : null;
    }

    private readonly Dictionary<uint, Node> _nodes = new();

    public List<Node> RootChildren { get; } = new();

    public int Count => _nodes.Count;

    public Node ByTestId(string testId) =>
        _nodes.Values.FirstOrDefault(n => n.TestId == testId) ?? throw new KeyNotFoundException($"no node with testID '{testId}'");

    public Node ById(uint id) => _nodes[id];

    public void Apply(OpBatch batch)
    {
        foreach (var op in batch.Ops)
        {
            switch (op.Code)
            {
                case OpCode.CreateNode:
                    var created = new Node { Id = op.Node, Type = op.Widget };
                    _nodes.Add(op.Node, created);
                    SetProps(created, batch.PropsOf(op));
                    break;
                case OpCode.UpdateProps:
                    SetProps(_nodes[op.Node], batch.PropsOf(op));
                    break;
                case OpCode.UpdateText:
                    _nodes[op.Node].Text = op.Text!;
                    break;
                case OpCode.InsertChild:
                    var child = _nodes[op.Child];
                    Detach(child);
                    var siblings = op.Parent == 0 ? RootChildren : _nodes[op.Parent].Children;
                    var index = op.Before == 0 ? siblings.Count : siblings.IndexOf(_nodes[op.Before]);
                    Assert.True(index >= 0, $"insert of {op.Child} before {op.Before}, which is not a child of {op.Parent}");
                    siblings.Insert(index, child);
                    child.Parent = op.Parent == 0 ? null : _nodes[op.Parent];
                    break;
                case OpCode.RemoveChild:
                    Detach(_nodes[op.Child]);
                    break;
                case OpCode.DeleteSubtree:
                    DeleteSubtree(_nodes[op.Node]);
                    break;
            }
        }
    }

    private void Detach(Node node)
    {
        if (node.Parent is { } parent)
        {
            parent.Children.Remove(node);
        }
        else
        {
            RootChildren.Remove(node);
        }
        node.Parent = null;
    }

    private void DeleteSubtree(Node node)
    {
        Detach(node);
        foreach (var child in node.Children.ToList())
        {
            DeleteSubtree(child);
        }
        _nodes.Remove(node.Id);
    }

    private static void SetProps(Node node, ReadOnlySpan<PropEntry> props)
    {
        foreach (var p in props)
        {
            if (p.Value.Kind == PropValueKind.Null)
            {
                node.Props.Remove(p.Key);
            }
            else
            {
                node.Props[p.Key] = p.Value;
            }
        }
    }
}
