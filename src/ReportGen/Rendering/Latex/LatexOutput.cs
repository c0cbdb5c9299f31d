namespace ReportGen.Rendering.Latex;

/// <summary>A LaTeX package the body needs, with its options (empty when none).</summary>
internal sealed record LatexPackage(string Name, string Options = "");

/// <summary>The LaTeX body of a document and the packages it uses, so a preamble can load only those.</summary>
internal sealed record LatexOutput(string Body, IReadOnlyList<LatexPackage> Packages);
