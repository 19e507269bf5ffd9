using Bridge.Bus.Ops;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;
using Bridge.Schema;

namespace Bridge.Legacy.Applying;

/// <summary>Checks a whole op batch against the world without touching it, on a shadow of the nodes the batch touches.</summary>
/// <remarks>Checks, op by op in order: known op; ids that exist (in the world or created earlier in the batch) and
/// are not deleted (nor inside a deleted subtree); unique new ids; inserts only into Views, never creating a cycle,
/// before a sibling of that parent; removes of actual children; text only on Text; every prop value valid for its key
/// (parsed once, kept for the apply phase). Reusable; not thread-safe.</remarks>
internal sealed class BatchValidator
{
    private const uint Detached = uint.MaxValue;

    private readonly UiWorld _world;
    private readonly Dictionary<uint, Shadow> _shadow = new();
    private LegacyRoot _root = null!;

    public BatchValidator(UiWorld world) => _world = world;

    /// <summary>Parsed props of every UpdateProps/CreateNode, in op order, for the apply phase.</summary>
    public List<ParsedProp> Parsed { get; } = new();

    /// <summary>Handler delegates to install for handler props that are present.</summary>
    public Func<LegacyRoot, uint, PropKey, Delegate?>? HandlerFactory { get; set; }

    private struct Shadow
    {
        public WidgetType Type;
        public uint Parent;
        public bool Deleted;
    }

    /// <summary>Returns null when the batch is valid, else the reason naming op index, op and node.</summary>
    public string? Validate(LegacyRoot root, OpBatch batch)
    {
        _root = root;
        _shadow.Clear();
        Parsed.Clear();
        var ops = batch.Ops;
        for (var i = 0; i < ops.Length; i++)
        {
            var error = Check(batch, ops[i]);
            if (error is not null)
            {
                return $"page root {root.PageRoot} revision {batch.Revision}, op {i} ({ops[i].Code}): {error}";
            }
        }
        return null;
    }

    private string? Check(OpBatch batch, in Op op)
    {
        switch (op.Code)
        {
            case OpCode.CreateNode:
                if (op.Node == 0)
                {
                    return "node id 0 is the page root and cannot be created";
                }
                if (Exists(op.Node, out _))
                {
                    return $"node {op.Node} already exists";
                }
                if (op.Widget is not (WidgetType.View or WidgetType.Text or WidgetType.Image))
                {
                    return $"widget type {(int)op.Widget} is not View (1), Text (2) or Image (3)";
                }
                _shadow[op.Node] = new Shadow { Type = op.Widget, Parent = Detached };
                return CheckProps(batch, op, op.Widget);
            case OpCode.DeleteSubtree:
                if (!Live(op.Node, out var deleted))
                {
                    return Missing(op.Node);
                }
                deleted.Deleted = true;
                _shadow[op.Node] = deleted;
                return null;
            case OpCode.InsertChild:
                return CheckInsert(op.Parent, op.Child, op.Before);
            case OpCode.RemoveChild:
                if (!Live(op.Child, out var child))
                {
                    return Missing(op.Child);
                }
                if (op.Parent != 0 && !Live(op.Parent, out _))
                {
                    return Missing(op.Parent);
                }
                if (child.Parent != op.Parent)
                {
                    return $"node {op.Child} is not a child of {Describe(op.Parent)}";
                }
                child.Parent = Detached;
                _shadow[op.Child] = child;
                return null;
            case OpCode.UpdateProps:
                return Live(op.Node, out var target) ? CheckProps(batch, op, target.Type) : Missing(op.Node);
            case OpCode.UpdateText:
                if (!Live(op.Node, out var text))
                {
                    return Missing(op.Node);
                }
                if (text.Type != WidgetType.Text)
                {
                    return $"node {op.Node} is a {text.Type}, only Text nodes have text";
                }
                return op.Text!.Length <= SchemaInfo.MaxTextLength
                    ? null
                    : $"node {op.Node}: text of {op.Text.Length} characters, over the limit of {SchemaInfo.MaxTextLength}";
            case OpCode.MountRoot:
                if (op.Text!.Length > SchemaInfo.MaxNameLength)
                {
                    return $"page name of {op.Text.Length} characters, over the limit of {SchemaInfo.MaxNameLength}";
                }
                goto case OpCode.UnmountRoot;
            case OpCode.UnmountRoot:
                return op.PageRoot == _root.PageRoot ? null : $"names page root {op.PageRoot} in the batch of page root {_root.PageRoot}";
            case OpCode.Error:
                return null;
            default:
                return $"op {op.Code} is not allowed in a page batch (it belongs in the runtime batch, page root 0)";
        }
    }

    private string? CheckInsert(uint parentId, uint childId, uint beforeId)
    {
        if (!Live(childId, out var child))
        {
            return Missing(childId);
        }
        if (parentId != 0)
        {
            if (!Live(parentId, out var parent))
            {
                return Missing(parentId);
            }
            if (parent.Type != WidgetType.View)
            {
                return $"cannot insert node {childId} into node {parentId}, a {parent.Type}: only Views have children";
            }
            // STEP: no cycle: the child may not be the parent or one of its ancestors.
            for (var p = parentId; p != 0 && p != Detached; p = ShadowOf(p).Parent)
            {
                if (p == childId)
                {
                    return $"inserting node {childId} into {parentId} would make a cycle ({childId} is {parentId} or one of its ancestors)";
                }
            }
        }
        if (beforeId != 0)
        {
            if (beforeId == childId)
            {
                return $"node {childId} cannot be inserted before itself";
            }
            if (!Live(beforeId, out var before))
            {
                return Missing(beforeId);
            }
            if (before.Parent != parentId)
            {
                return $"the sibling {beforeId} to insert before is not a child of {Describe(parentId)}";
            }
        }
        child.Parent = parentId;
        _shadow[childId] = child;
        return null;
    }

    private string? CheckProps(OpBatch batch, in Op op, WidgetType type)
    {
        foreach (var entry in batch.PropsOf(op))
        {
            if (!PropParser.TryParse(entry.Key, entry.Value, out var parsed, out var error))
            {
                return $"node {op.Node}: {error}";
            }
            if (entry.Key == PropKey.Src && type != WidgetType.Image && !entry.Value.IsNull)
            {
                return $"node {op.Node}: src applies to Image nodes, not to a {type}";
            }
            if (parsed.Kind == ParsedKind.Handler)
            {
                parsed = ParsedProp.OfHandler(entry.Key, HandlerFactory?.Invoke(_root, op.Node, entry.Key));
            }
            Parsed.Add(parsed);
        }
        return null;
    }

    private static string Missing(uint id) => id == 0 ? "the page root cannot be used here" : $"node {id} does not exist (never created, or deleted)";

    private static string Describe(uint id) => id == 0 ? "the page root" : $"node {id}";

    private bool Exists(uint id, out Shadow shadow)
    {
        if (_shadow.TryGetValue(id, out shadow))
        {
            return true;
        }
        if (!_root.Nodes.TryGetValue(id, out var entity))
        {
            return false;
        }
        shadow = new Shadow { Type = _world.TypeOf(entity), Parent = ParentIdOf(entity) };
        return true;
    }

    /// <summary>Exists and neither it nor an ancestor was deleted by this batch.</summary>
    private bool Live(uint id, out Shadow shadow)
    {
        if (id == 0 || !Exists(id, out shadow) || shadow.Deleted)
        {
            shadow = default;
            return false;
        }
        for (var p = shadow.Parent; p != 0 && p != Detached; p = ShadowOf(p).Parent)
        {
            if (ShadowOf(p).Deleted)
            {
                return false;
            }
        }
        return true;
    }

    private Shadow ShadowOf(uint id) => Exists(id, out var s) ? s : new Shadow { Parent = Detached };

    private uint ParentIdOf(Entity entity)
    {
        var parent = _world.Ecs.ParentOf(entity);
        if (parent.IsNull)
        {
            return Detached;
        }
        if (parent == _root.Container)
        {
            return 0;
        }
        return _root.IdsByEntity.TryGetValue(parent, out var id) ? id : Detached;
    }
}
