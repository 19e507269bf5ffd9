using Bridge.Engine.Compose;
using Bridge.Pages;
using Bridge.Reactive;
using static Bridge.Engine.Compose.UI;

namespace BridgeApp1.Pages;

/// <summary>The native Hello page: node for node what legacy/hello.jsx renders, so compare can judge the two.</summary>
[NativePage("Hello")]
public sealed class HelloPage(NativePageContext page, Greetings greetings) : INativePage
{
    /// <inheritdoc/>
    public Node Build()
    {
        var chosen = R.Signal("Choose a greeting");
        page.RequestFocus("greeting-0");
        var list = View(testId: "greetings", style: new() { FlexDirection = "column", Gap = 12, MarginTop = 32 });
        var texts = greetings.All();
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            list.Add(View(testId: $"greeting-{i}", focusable: true, focusScale: 1.05f, onPress: () => chosen.Set(text),
                          style: new() { Width = 480, Height = 64, PaddingLeft = 24, JustifyContent = "center", BorderRadius = 8, BackgroundColor = "#1c2230" })
            [
                Text(text, style: new() { Color = "#ffffff", FontSize = 26 })
            ]);
        }
        return View(testId: "hello", style: new() { FlexDirection = "column", Padding = 64, Width = "100%", Height = "100%", BackgroundColor = "#101418" })
        [
            Text("BridgeApp1", testId: "title", style: new() { Color = "#ffffff", FontSize = 44, FontWeight = "bold" }),
            Text(chosen, testId: "chosen", style: new() { Color = "#8fa3b8", FontSize = 22, MarginTop = 8 }),
            list
        ];
    }
}
