namespace ReportGen.Rendering.Fonts;

internal enum FontStyle { Regular, Bold, Italic, BoldItalic }

/// <summary>
/// Finds the serif body font on disk. The search order is documented in README.md:
/// an explicit file (setting or REPORTGEN_FONT), then well-known serif families in the
/// system's font folders. A file path is used rather than a family name so that two machines
/// with the same font file produce the same bytes.
/// </summary>
internal static class FontLocator
{
    public static readonly string[] SearchFolders =
    [
        "/usr/share/fonts", "/usr/local/share/fonts",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local/share/fonts"),
        "/Library/Fonts", "/System/Library/Fonts", @"C:\Windows\Fonts",
    ];

    /// <summary>Serif families in order of preference, each with its four style file names.</summary>
    private static readonly (string Regular, string Bold, string Italic, string BoldItalic)[] SerifFamilies =
    [
        ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
        ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf"),
        ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    ];

    /// <summary>Fallback faces for glyphs the body font lacks, tried in order.</summary>
    private static readonly string[] FallbackFiles =
        ["DejaVuSans.ttf", "NotoSansSymbols2-Regular.ttf", "NotoColorEmoji.ttf", "Symbola.ttf"];

    /// <summary>The four faces of the first serif family found, or null when none is installed.</summary>
    public static FontSet? FindSerif(string? explicitRegularFile = null)
    {
        var explicitFile = explicitRegularFile ?? Environment.GetEnvironmentVariable("REPORTGEN_FONT");
        var index = InstalledFonts.Value;
        if (!string.IsNullOrEmpty(explicitFile))
            return File.Exists(explicitFile)
                ? new FontSet(explicitFile, explicitFile, explicitFile, explicitFile, Fallbacks(index))
                : null;

        foreach (var family in SerifFamilies)
        {
            if (!index.TryGetValue(family.Regular, out var regular)) continue;
            string Face(string name) => index.TryGetValue(name, out var path) ? path : regular;
            return new FontSet(regular, Face(family.Bold), Face(family.Italic), Face(family.BoldItalic), Fallbacks(index));
        }
        return null;
    }

    /// <summary>Monospaced faces for inline code and code blocks, in order of preference.</summary>
    private static readonly string[] MonospaceFiles =
        ["DejaVuSansMono.ttf", "LiberationMono-Regular.ttf", "NotoSansMono-Regular.ttf", "cour.ttf"];

    /// <summary>The first monospaced font file found in the search folders, or null.</summary>
    public static string? FindMonospace()
    {
        var index = InstalledFonts.Value;
        return MonospaceFiles.Where(index.ContainsKey).Select(f => index[f]).FirstOrDefault();
    }

    private static List<string> Fallbacks(Dictionary<string, string> index) =>
        FallbackFiles.Where(index.ContainsKey).Select(f => index[f]).ToList();

    /// <summary>
    /// The font folders are walked once per process: a build looks fonts up for the figure, for the figure's PDF and
    /// for every document's PDF, and the system's fonts do not change in between.
    /// </summary>
    private static readonly Lazy<Dictionary<string, string>> InstalledFonts = new(IndexFontFiles);

    /// <summary>File name → full path; the first folder in search order wins, and names are compared exactly.</summary>
    private static Dictionary<string, string> IndexFontFiles()
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in SearchFolders.Where(Directory.Exists))
        {
            IEnumerable<string> files;
            try { files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList(); }
            catch (UnauthorizedAccessException) { continue; }
            foreach (var file in files)
                index.TryAdd(Path.GetFileName(file), file);
        }
        return index;
    }
}

internal sealed record FontSet(string Regular, string Bold, string Italic, string BoldItalic, IReadOnlyList<string> Fallbacks)
{
    public string For(FontStyle style) => style switch
    {
        FontStyle.Bold => Bold,
        FontStyle.Italic => Italic,
        FontStyle.BoldItalic => BoldItalic,
        _ => Regular,
    };
}
