namespace ReportGen.Rendering.Pdf.Canvas;

/// <summary>A bookmark: heading level (1 = top), its title, and the named destination it jumps to.</summary>
internal sealed record OutlineEntry(int Level, string Title, string DestinationName);
