using ReportGen.Rendering.Fonts;

namespace ReportGen.Tests.Prisma;

/// <summary>Every character is half an em wide (bold a little wider), so layouts are predictable without fonts.</summary>
internal sealed class FakeTextMeasurer : ITextMeasurer
{
    public string FamilyName => "Fake Serif";

    public double Width(string text, double fontSize, FontStyle style = FontStyle.Regular) =>
        text.Length * fontSize * (style is FontStyle.Bold or FontStyle.BoldItalic ? 0.55 : 0.5);

    public double LineHeight(double fontSize) => fontSize * 1.2;
}
