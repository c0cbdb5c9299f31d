using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// Lists as Word numbering, not as markers typed into the text: one bullet definition shared by every bullet list,
/// and one numbered definition of which each ordered list is an instance restarting at its own first number.
/// </summary>
internal sealed class DocxNumbering
{
    private const int BulletDefinition = 1;
    private const int DecimalDefinition = 2;
    private const int BulletList = 1;
    private readonly List<(int NumberId, int Level, int Start)> _ordered = [];
    private bool _bullets;

    public int Bullets()
    {
        _bullets = true;
        return BulletList;
    }

    public int Ordered(int level, int start)
    {
        var id = BulletList + 1 + _ordered.Count;
        _ordered.Add((id, level, start));
        return id;
    }

    /// <summary>Adds the numbering part when some paragraph uses a list.</summary>
    public void WriteTo(MainDocumentPart main, string id)
    {
        if (!_bullets && _ordered.Count == 0) return;
        var numbering = new Numbering(Definition(BulletDefinition, bullets: true), Definition(DecimalDefinition, bullets: false));
        if (_bullets) numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletDefinition }) { NumberID = BulletList });
        foreach (var (number, level, start) in _ordered)
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalDefinition },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level }) { NumberID = number });
        main.AddNewPart<NumberingDefinitionsPart>(id).Numbering = numbering;
    }

    private static AbstractNum Definition(int id, bool bullets)
    {
        var definition = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = id };
        for (var level = 0; level < 9; level++)
        {
            var indent = 720 * (level + 1);
            definition.Append(new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = bullets ? NumberFormatValues.Bullet : NumberFormatValues.Decimal },
                new LevelText { Val = bullets ? (level % 2 == 0 ? "\u2022" : "\u2013") : $"%{level + 1}." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Hanging = "360",
                })) { LevelIndex = level });
        }
        return definition;
    }
}
