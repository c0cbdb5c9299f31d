using ReportGen.Diagnostics;
using ReportGen.Document;

namespace ReportGen.Rendering;

/// <summary>
/// One output format. Every writer gets the same document (tree and forms, read once) and only renders it; adding a
/// format is adding a class to <see cref="DocumentWriters"/>.
/// </summary>
internal interface IDocumentWriter
{
    /// <summary>The file extension of what it writes, without the dot: NAME.md gives NAME.<c>Extension</c>.</summary>
    string Extension { get; }

    /// <summary>The file's bytes, or null when the document could not be written (the reasons are in <paramref name="diagnostics"/>).</summary>
    byte[]? Write(ReportDocument document, DiagnosticBag diagnostics);
}
