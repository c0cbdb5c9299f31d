using ReportGen.Model;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// The document's styles part: the reference document's styles when there is one, completed with ReportGen's own
/// definition of every style it lacks, and the style ids the text uses, looked up by style name (ids differ between
/// Word's languages; names do not).
/// </summary>
internal sealed class StyleSheet
{
    private readonly Dictionary<string, string> _ids;

    private StyleSheet(Dictionary<string, string> ids) => _ids = ids;

    public string Id(StyleKey key) => _ids[key.Name];

    public static StyleSheet Install(StyleDefinitionsPart part, ReferenceDocument? reference, string language, DocumentLayout layout)
    {
        Styles styles;
        if (reference?.Styles is { } bytes)
        {
            using (var stream = new MemoryStream(bytes, writable: false)) part.FeedData(stream);
            styles = part.Styles ?? new Styles();
        }
        else
        {
            styles = new Styles();
            part.Styles = styles;
        }
        SetDefaults(styles, language);

        var existing = styles.Elements<Style>()
            .Where(s => s.StyleName?.Val?.Value is not null && s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleName!.Val!.Value!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(existing.Values.Select(s => s.StyleId!.Value!), StringComparer.OrdinalIgnoreCase);
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in DocxStyles.All)
        {
            if (existing.TryGetValue(key.Name, out var style) && style.Type?.Value == key.Type)
            {
                ids[key.Name] = style.StyleId!.Value!;
                continue;
            }
            var id = DocxStyles.DefaultId(key.Name);
            for (var n = 2; taken.Contains(id); n++) id = DocxStyles.DefaultId(key.Name) + n;
            taken.Add(id);
            ids[key.Name] = id;
            styles.Append(DefaultStyles.Define(key, id, k => ids[k.Name]));
        }
        if (layout == DocumentLayout.Submission) DoubleSpace(styles.Elements<Style>().First(s => s.StyleId?.Value == ids[DocxStyles.Normal.Name]));
        return new StyleSheet(ids);
    }

    /// <summary>The review's language on all text (for spelling and hyphenation); the base font only when the reference gives none.</summary>
    private static void SetDefaults(Styles styles, string language)
    {
        var defaults = styles.DocDefaults ??= new DocDefaults();
        var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
        var run = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
        run.Languages = new Languages { Val = language, EastAsia = language, Bidi = language };
        run.RunFonts ??= new RunFonts { Ascii = DefaultStyles.Font, HighAnsi = DefaultStyles.Font, ComplexScript = DefaultStyles.Font, EastAsia = DefaultStyles.Font };
        run.FontSize ??= new FontSize { Val = DefaultStyles.BodyHalfPoints };
        run.FontSizeComplexScript ??= new FontSizeComplexScript { Val = DefaultStyles.BodyHalfPoints };
        defaults.ParagraphPropertiesDefault ??= new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0" }));
        // The document defaults come first in the styles part.
        if (styles.FirstChild != defaults)
        {
            defaults.Remove();
            styles.PrependChild(defaults);
        }
    }

    private static void DoubleSpace(Style normal)
    {
        var paragraph = normal.StyleParagraphProperties ??= new StyleParagraphProperties();
        var spacing = paragraph.SpacingBetweenLines ??= new SpacingBetweenLines();
        spacing.Line = "480";
        spacing.LineRule = LineSpacingRuleValues.Auto;
    }
}
