using ReportGen.Rendering.Pdf.Canvas;
using ReportGen.Rendering.Pdf.Layout;

namespace ReportGen.Tests.Rendering.Pdf;

internal sealed record FakePicture(Size Size) : IPicture;
