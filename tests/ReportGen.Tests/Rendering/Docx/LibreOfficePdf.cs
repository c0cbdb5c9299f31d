using System.Diagnostics;
using ReportGen.Tests.Build;

namespace ReportGen.Tests.Rendering.Docx;

/// <summary>
/// The shipped review's DOCX files converted to PDF by LibreOffice (<c>soffice --headless --convert-to pdf</c>), an
/// independent reader of Word files, once per test class.
/// </summary>
public sealed class LibreOfficePdf : IDisposable
{
    private static readonly string[] Documents = ["manuscript", "table2", "abbreviations"];
    private readonly string _folder = Directory.CreateTempSubdirectory("reportgen-docx-soffice-").FullName;
    private readonly Lazy<string?> _converted;
    private string? _soffice;

    public LibreOfficePdf() => _converted = new(Convert);

    /// <summary>The PDF LibreOffice made of <paramref name="document"/>.docx; skips the test when LibreOffice is not installed.</summary>
    public byte[] Pdf(string document)
    {
        _soffice ??= ExternalTool.Require("soffice", "libreoffice-writer-nogui");
        if (_converted.Value is { } failure) Assert.Fail(failure);
        return File.ReadAllBytes(Path.Combine(_folder, document + ".pdf"));
    }

    /// <summary>Null when every document was converted; otherwise what went wrong.</summary>
    private string? Convert()
    {
        var soffice = _soffice!;
        Assert.True(BuiltReview.Shipped.Succeeded, string.Join("\n", BuiltReview.Shipped.Diagnostics));
        foreach (var document in Documents)
            File.WriteAllBytes(Path.Combine(_folder, document + ".docx"), BuiltReview.Shipped.Files[document + ".docx"]);

        // A profile of its own, so that a LibreOffice the user has open (or another test run) does not take the job.
        var start = new ProcessStartInfo(soffice)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[] { "-env:UserInstallation=" + new Uri(Path.Combine(_folder, "profile")).AbsoluteUri,
                     "--headless", "--convert-to", "pdf", "--outdir", _folder })
            start.ArgumentList.Add(argument);
        foreach (var document in Documents) start.ArgumentList.Add(Path.Combine(_folder, document + ".docx"));

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            return "soffice did not finish within 3 minutes";
        }
        var missing = Documents.Where(d => !File.Exists(Path.Combine(_folder, d + ".pdf"))).ToList();
        return missing.Count == 0 ? null : $"soffice made no PDF of {string.Join(", ", missing)}: {output.Result} {error.Result}";
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
