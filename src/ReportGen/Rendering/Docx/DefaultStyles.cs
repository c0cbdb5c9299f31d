using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>ReportGen's own look for each style: a plain manuscript in 12-point Times New Roman, tables in 9 point.</summary>
internal static class DefaultStyles
{
    public const string Font = "Times New Roman";
    public const string BodyHalfPoints = "24";
    private const string MonospaceFont = "Courier New";

    public static Style Define(StyleKey key, string id, Func<StyleKey, string> idOf)
    {
        var style = new Style { Type = key.Type, StyleId = id };
        style.StyleName = new StyleName { Val = key.Name };
        var isNormal = key == DocxStyles.Normal;
        if (isNormal) style.Default = true;
        else if (key.Type == StyleValues.Paragraph) style.BasedOn = new BasedOn { Val = idOf(BaseOf(key)) };
        if (key.Type == StyleValues.Paragraph && !isNormal) style.NextParagraphStyle = new NextParagraphStyle { Val = idOf(DocxStyles.Normal) };
        if (IsCustom(key)) style.CustomStyle = true;
        style.PrimaryStyle = new PrimaryStyle();

        var (paragraph, run) = Look(key);
        if (paragraph is not null) style.StyleParagraphProperties = paragraph;
        if (run is not null) style.StyleRunProperties = run;
        return style;
    }

    private static StyleKey BaseOf(StyleKey key) =>
        key == DocxStyles.TableHeading ? DocxStyles.TableText : DocxStyles.Normal;

    private static bool IsCustom(StyleKey key) =>
        key == DocxStyles.TableText || key == DocxStyles.TableHeading || key == DocxStyles.TableNote ||
        key == DocxStyles.Figure || key == DocxStyles.SourceCode || key == DocxStyles.VerbatimChar;

    private static (StyleParagraphProperties?, StyleRunProperties?) Look(StyleKey key)
    {
        if (key == DocxStyles.Normal) return (Spacing(after: 160, line: 276), null);
        if (key == DocxStyles.Title)
            return (Paragraph(Spacing(after: 360, line: 240), keepNext: true, center: true), Run(size: 32, bold: true));
        if (key.Name.StartsWith("heading ", StringComparison.Ordinal))
        {
            var level = int.Parse(key.Name["heading ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var paragraph = Paragraph(Spacing(before: level == 1 ? 360 : 240, after: 120, line: 240), keepNext: true);
            paragraph.OutlineLevel = new OutlineLevel { Val = level - 1 };
            return (paragraph, Run(size: level == 1 ? 28 : 24, bold: level <= 3, italic: level >= 3));
        }
        if (key == DocxStyles.Caption) return (Paragraph(Spacing(before: 120, after: 120, line: 240), keepNext: true), Run(bold: true));
        if (key == DocxStyles.TableText) return (Spacing(after: 0, line: 240), Run(size: 18));
        if (key == DocxStyles.TableHeading) return (Paragraph(Spacing(after: 0, line: 240), keepNext: true), Run(bold: true));
        if (key == DocxStyles.TableNote) return (Spacing(before: 120, after: 60, line: 240), Run(size: 20));
        if (key == DocxStyles.Bibliography)
        {
            var paragraph = Spacing(after: 120, line: 240);
            paragraph.Indentation = new Indentation { Left = "720", Hanging = "720" };
            return (paragraph, null);
        }
        if (key == DocxStyles.Figure) return (Paragraph(Spacing(before: 120, after: 0, line: 240), keepNext: true, center: true), null);
        if (key == DocxStyles.Quote)
        {
            var paragraph = Spacing(after: 160, line: 276);
            paragraph.Indentation = new Indentation { Left = "720", Right = "720" };
            return (paragraph, null);
        }
        if (key == DocxStyles.SourceCode) return (Spacing(after: 160, line: 240), Run(size: 20, font: MonospaceFont));
        if (key == DocxStyles.ListParagraph)
        {
            var paragraph = Spacing(after: 80, line: 276);
            paragraph.Indentation = new Indentation { Left = "720" };
            return (paragraph, null);
        }
        if (key == DocxStyles.Footer) return (Paragraph(Spacing(after: 0, line: 240), keepNext: false, center: true), null);
        if (key == DocxStyles.Emphasis) return (null, Run(italic: true));
        if (key == DocxStyles.Strong) return (null, Run(bold: true));
        if (key == DocxStyles.Hyperlink) return (null, Run(color: "0563C1", underline: true));
        if (key == DocxStyles.VerbatimChar) return (null, Run(size: 20, font: MonospaceFont));
        return (null, null);
    }

    private static StyleParagraphProperties Spacing(int after, int line, int before = 0) => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = after.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Line = line.ToString(System.Globalization.CultureInfo.InvariantCulture),
            LineRule = LineSpacingRuleValues.Auto,
        },
    };

    private static StyleParagraphProperties Paragraph(StyleParagraphProperties paragraph, bool keepNext, bool center = false)
    {
        if (keepNext) paragraph.KeepNext = new KeepNext();
        if (center) paragraph.Justification = new Justification { Val = JustificationValues.Center };
        return paragraph;
    }

    private static StyleRunProperties Run(int? size = null, bool bold = false, bool italic = false, string? color = null,
        bool underline = false, string? font = null)
    {
        var run = new StyleRunProperties();
        if (font is not null) run.RunFonts = new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font };
        if (bold) run.Bold = new Bold();
        if (italic) run.Italic = new Italic();
        if (color is not null) run.Color = new Color { Val = color };
        if (size is { } s)
        {
            run.FontSize = new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        if (underline) run.Underline = new Underline { Val = UnderlineValues.Single };
        return run;
    }
}
