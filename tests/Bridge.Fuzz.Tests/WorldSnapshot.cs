using System.Reflection;
using System.Text;
using Bridge.Engine.Ecs;
using Bridge.Engine.Widgets;

namespace Bridge.Fuzz.Tests;

/// <summary>Everything the world holds for a page's subtree, as text: the check that a rejected batch changed nothing.</summary>
/// <remarks>Covers each node's type, order, layout style, style, text, image, test id, focus, scroll and motion options
/// and which handlers are set, plus the world's entity count.</remarks>
internal static class WorldSnapshot
{
    public static string Of(UiWorld world, Entity container)
    {
        var sb = new StringBuilder();
        sb.Append("entities=").Append(world.Ecs.Count).Append('\n');
        Append(world, container, 0, sb);
        return sb.ToString();
    }

    private static void Append(UiWorld world, Entity e, int depth, StringBuilder sb)
    {
        sb.Append(' ', depth * 2).Append(world.TypeOf(e));
        Describe(world.Ecs.Get<LayoutHandle>(e).Node.Style, sb);
        Describe(world.Get<Style>(e), sb);
        Optional<TextContent>(world, e, sb);
        Optional<ImageContent>(world, e, sb);
        Optional<TestId>(world, e, sb);
        Optional<Focusable>(world, e, sb);
        Optional<FocusOptions>(world, e, sb);
        Optional<ScrollContainer>(world, e, sb);
        Optional<MotionOptions>(world, e, sb);
        if (world.TryGet(e, out Handlers h))
        {
            sb.Append(" handlers=").Append(h.OnPress is not null).Append(h.OnFocus is not null).Append(h.OnBlur is not null)
                .Append(h.OnKey is not null).Append(h.OnLayout is not null);
        }
        sb.Append('\n');
        foreach (var child in world.Ecs.Children(e))
        {
            Append(world, child, depth + 1, sb);
        }
    }

    private static void Optional<T>(UiWorld world, Entity e, StringBuilder sb) where T : struct
    {
        if (world.TryGet(e, out T value))
        {
            sb.Append(' ').Append(typeof(T).Name);
            Describe(value, sb);
        }
    }

    private static readonly Dictionary<Type, Func<object, object?>[]> s_members = new();
    private static readonly Dictionary<Type, string[]> s_names = new();

    private static void Describe(object value, StringBuilder sb)
    {
        var (names, getters) = Members(value.GetType());
        sb.Append('{');
        for (var i = 0; i < getters.Length; i++)
        {
            sb.Append(names[i]).Append('=');
            Value(getters[i](value), sb);
            sb.Append(';');
        }
        sb.Append('}');
    }

    /// <summary>Compiled getters of a type's public fields and properties (reflection per call made a case cost 20 ms).</summary>
    private static (string[] Names, Func<object, object?>[] Getters) Members(Type type)
    {
        lock (s_members)
        {
            if (s_members.TryGetValue(type, out var cached))
            {
                return (s_names[type], cached);
            }
            var names = new List<string>();
            var getters = new List<Func<object, object?>>();
            var input = System.Linq.Expressions.Expression.Parameter(typeof(object));
            var typed = System.Linq.Expressions.Expression.Convert(input, type);
            IEnumerable<MemberInfo> members = type.GetFields(BindingFlags.Public | BindingFlags.Instance);
            members = members.Concat(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0));
            foreach (var member in members)
            {
                var access = System.Linq.Expressions.Expression.Convert(System.Linq.Expressions.Expression.MakeMemberAccess(typed, member), typeof(object));
                getters.Add(System.Linq.Expressions.Expression.Lambda<Func<object, object?>>(access, input).Compile());
                names.Add(member.Name);
            }
            s_names[type] = names.ToArray();
            return (s_names[type], s_members[type] = getters.ToArray());
        }
    }

    private static void Value(object? value, StringBuilder sb)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                break;
            case Array array:
                sb.Append('[');
                foreach (var item in array)
                {
                    sb.Append(item).Append(',');
                }
                sb.Append(']');
                break;
            case Delegate:
                sb.Append("fn");
                break;
            default:
                sb.Append(value);
                break;
        }
    }
}
