using ReportGen.Diagnostics;

namespace ReportGen.Rendering.Text;

/// <summary>Diagnostic codes of the text layer (finding and loading fonts); the diagnostic catalogue says what each means.</summary>
internal static class TextCodes
{
    public const string NoFont = "RG400";
    public const string FontUnreadable = "RG406";
}

/// <summary>
/// The one place that finds the fonts and loads them, for the PDF pages and the flow diagram alike, so that a font
/// that cannot be used is reported the same way (RG400, RG406) whichever output meets it first.
/// </summary>
internal static class TextFonts
{
    public const string FontVariable = "REPORTGEN_FONT";

    /// <summary>The font file <c>REPORTGEN_FONT</c> names, or null when it is unset or empty.</summary>
    public static string? FromEnvironment() =>
        Environment.GetEnvironmentVariable(FontVariable) is { Length: > 0 } file ? file : null;

    /// <summary>
    /// A shaper over <paramref name="fontFile"/> (or the serif family found on the system when null), cut down to
    /// <paramref name="characters"/> when given; null, with an error, when there is no usable font.
    /// <paramref name="sourceName"/> locates the error when no font is found at all.
    /// </summary>
    public static SkiaTextShaper? Open(string? fontFile, IReadOnlySet<int>? characters, DiagnosticBag diagnostics, string sourceName) =>
        Open(fontFile, characters, diagnostics, sourceName, FontLocator.FindSerif);

    /// <summary><paramref name="findSerif"/> stands for the system's font folders, so a test can have none.</summary>
    internal static SkiaTextShaper? Open(
        string? fontFile, IReadOnlySet<int>? characters, DiagnosticBag diagnostics, string sourceName, Func<string?, FontSet?> findSerif)
    {
        if (fontFile is not null && !File.Exists(fontFile))
        {
            diagnostics.Error(fontFile, 0, 0, TextCodes.FontUnreadable, "the font file does not exist",
                $"Point {FontVariable} (or the PDF font setting) at an existing .ttf or .otf file, or unset it to use the serif font found on the system.");
            return null;
        }
        var fonts = findSerif(fontFile);
        if (fonts is null)
        {
            diagnostics.Error(sourceName, 0, 0, TextCodes.NoFont,
                "no serif font was found (looked for DejaVu Serif, Liberation Serif, Noto Serif and Times New Roman in " +
                string.Join(", ", FontLocator.SearchFolders) + ")",
                $"Install one (on Debian: apt-get install fonts-dejavu-core), or set {FontVariable} to a .ttf or .otf file.");
            return null;
        }
        var shaper = SkiaTextShaper.TryCreate(fonts, FontLocator.FindMonospace(), characters, out var unreadable);
        if (shaper is null)
            diagnostics.Error(unreadable ?? sourceName, 0, 0, TextCodes.FontUnreadable,
                "the font file could not be loaded as a TrueType or OpenType font",
                $"Point {FontVariable} at a .ttf or .otf file (font collections and Type 1 fonts are not supported), or unset it to use the serif font found on the system.");
        return shaper;
    }
}
