using NetArchTest.Rules;
using ReportGen.Build;

namespace ReportGen.Tests.Architecture;

/// <summary>
/// The library's layers, each depending only on those before it. The model sits beneath the data layer because
/// the readers build it; PRISMA has no layer of its own: its counts are model, its reader and rules are data, its
/// box texts are a template and its layout and drawing are rendering.
/// </summary>
public class LayerTests
{
    private static readonly string[] Layers =
    [
        "ReportGen.Diagnostics",
        "ReportGen.Model",
        "ReportGen.Data",
        "ReportGen.Analysis",
        "ReportGen.Templating",
        "ReportGen.Document",
        "ReportGen.Rendering",
        "ReportGen.Verification",
        "ReportGen.Build",
        "ReportGen.Cli",
    ];

    public static TheoryData<string> EveryLayer => new(Layers);

    [Theory]
    [MemberData(nameof(EveryLayer))]
    public void Layer_DependsOnNoLaterLayer(string layer)
    {
        var later = Layers.SkipWhile(l => l != layer).Skip(1).ToArray();
        if (later.Length == 0) return;

        var result = Types.InAssembly(typeof(ReportBuilder).Assembly)
            .That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny(later)
            .GetResult();

        Assert.True(result.IsSuccessful,
            $"{layer} depends on a later layer ({string.Join(", ", later)}): {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void EveryType_IsInALayer()
    {
        var outside = Types.InAssembly(typeof(ReportBuilder).Assembly).GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("ReportGen", StringComparison.Ordinal))
            .Where(t => !Layers.Any(l => t.Namespace == l || t.Namespace!.StartsWith(l + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(outside.Count == 0, "Types outside every layer: " + string.Join(", ", outside));
    }
}
