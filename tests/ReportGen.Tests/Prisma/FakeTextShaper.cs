using ReportGen.Rendering.Text;

namespace ReportGen.Tests.Prisma;

/// <summary>Every character is half an em wide (bold a little wider), so layouts are predictable without fonts.</summary>
internal sealed class FakeTextShaper : ITextShaper
{
    public string FamilyName => "Fake Serif";

    public ShapedText Shape(string text, TextStyle style) =>
        new(text, style, text.Length * style.FontSize * (style.FontStyle is FontStyle.Bold or FontStyle.BoldItalic ? 0.55 : 0.5), []);
}
