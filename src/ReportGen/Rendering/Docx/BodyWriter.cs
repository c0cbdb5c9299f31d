using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReportGen.Rendering.Docx;

/// <summary>
/// The body's blocks written to the part as they are made, instead of held as one tree until the end: Table 2 of a
/// large review is tens of thousands of rows, and its tree took most of the DOCX writer's memory and collection work.
/// A paragraph is kept back until the next block, since starting a section may still add its properties to it; a
/// table is written row by row as soon as it comes, so that numbers given out while writing it (bookmarks,
/// relationships) stay in document order.
/// </summary>
internal sealed class BodyWriter(OpenXmlWriter writer)
{
    private OpenXmlElement? _kept;

    /// <summary>How many blocks the body has so far.</summary>
    public int Count { get; private set; }

    /// <summary>The last block, while it may still change; null after a table.</summary>
    public Paragraph? LastParagraph => _kept as Paragraph;

    /// <summary>Whether the last block was a table (Word wants a paragraph after a table that ends the document).</summary>
    public bool EndsWithTable { get; private set; }

    public void Append(OpenXmlElement block)
    {
        Flush();
        _kept = block;
        Count++;
        EndsWithTable = false;
    }

    /// <summary>A table: its properties and grid, then each row as <paramref name="rows"/> makes it.</summary>
    public void AppendTable(TableProperties properties, TableGrid grid, IEnumerable<TableRow> rows)
    {
        Flush();
        writer.WriteStartElement(new Table());
        writer.WriteElement(properties);
        writer.WriteElement(grid);
        foreach (var row in rows) writer.WriteElement(row);
        writer.WriteEndElement();
        Count++;
        EndsWithTable = true;
    }

    public void Flush()
    {
        if (_kept is not null) writer.WriteElement(_kept);
        _kept = null;
    }
}
