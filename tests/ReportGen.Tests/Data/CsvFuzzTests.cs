using System.Text;
using CsCheck;
using ReportGen.Data;
using ReportGen.Diagnostics;
using ReportGen.Tests.Data;

namespace ReportGen.Tests.Data;

/// <summary>
/// Fuzzes the CSV reader and the validation of every data file: random bytes, damaged copies of a valid file
/// (truncated, CR/LF/CRLF mixed, a byte-order mark, Latin-1 and NUL bytes, an opened quote, rows and cells past the
/// limits), and well-formed files whose cells hold hostile text. Every input must load, or give errors that each name
/// the file and a line in it; nothing may throw.
/// </summary>
public sealed class CsvFuzzTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Small, so that the limits are reached by small inputs: the same code paths as 50 MB or 200,000 rows.</summary>
    private static readonly DataLimits Limits = new(MaxFileBytes: 8_000, MaxRows: 16, MaxCellCharacters: 200);

    private static readonly string[] Files =
        ["review.csv", "fields.csv", "values.csv", "codebook.csv", "guidelines.csv", "resources.csv", "campaigns.csv", "abbreviations.csv", "flow.csv"];

    /// <summary>Whole-file problems have no line: the file is missing, too large or empty.</summary>
    private static readonly string[] WholeFileCodes = ["RG001", "RG002", "RG013", "RG080", "RG081", "RG100"];

    /// <summary>What can stand where a data file should be, besides bytes: none of these may be read, or echoed.</summary>
    private static readonly string[] SpecialFiles = ["link to /dev/zero", "link to /dev/urandom", "link to /etc/passwd", "fifo", "folder"];

    private readonly ReviewCopy _data = ReviewCopy.OfData();
    private readonly Fuzz _fuzz = new(output);
    private int _loaded;
    private int _refused;

    public void Dispose() => _data.Dispose();

    private static readonly Gen<string> LineEnd = Gen.OneOf("\n", "\r\n", "\r");

    private static byte[] Encode(string text, bool bom, bool latin1) =>
        [.. (bom ? "\uFEFF"u8.ToArray() : []), .. (latin1 ? Encoding.Latin1 : Encoding.UTF8).GetBytes(text)];

    /// <summary>A cell written raw (commas, quotes and line breaks as they come) or quoted as RFC 4180 says.</summary>
    private static readonly Gen<string> Cell = Gen.Frequency(
        (3, HostileText.CellText.Select(t => "\"" + t.Replace("\"", "\"\"") + "\"")),
        (2, HostileText.Text),
        (1, Gen.Int[150, 260].Select(n => new string('x', n))));

    /// <summary>The file's own header (sometimes with a column more or less) over rows of hostile cells.</summary>
    private static Gen<byte[]> WellFormed(string[] header) =>
        Gen.Select(
            Gen.Int[-1, 1], Cell.Array[0, header.Length + 1].Array[0, 14], LineEnd.Array[16], Gen.Bool, Gen.Frequency((5, false), (1, true)),
            (extra, rows, ends, bom, latin1) =>
            {
                var columns = extra switch { < 0 => header[..^1], > 0 => [.. header, "extra"], _ => header };
                var text = new StringBuilder(string.Join(',', columns)).Append(ends[0]);
                for (var r = 0; r < rows.Length; r++) text.Append(string.Join(',', rows[r])).Append(ends[r + 1]);
                return Encode(text.ToString(), bom, latin1);
            });

    /// <summary>The valid file with one to three kinds of damage.</summary>
    private static Gen<byte[]> Damaged(byte[] valid)
    {
        var damage = Gen.Frequency<Func<byte[], byte[]>>(
            (3, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(f => b => b[..(int)(b.Length * f)])),
            (2, Gen.Select(Gen.Double[0, 1], Gen.Byte, (f, x) => (Func<byte[], byte[]>)(b => Insert(b, f, [x])))),
            (2, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(f => b => Insert(b, f, "\""u8.ToArray()))),
            (1, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(f => b => Insert(b, f, [0]))),
            (1, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(f => b => Insert(b, f, [0xE9, 0x20]))),
            (1, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(f => b => Insert(b, f, Encoding.UTF8.GetBytes(new string('y', 250)))))
            , (1, LineEnd.Select<string, Func<byte[], byte[]>>(end => b => Encoding.UTF8.GetBytes(
                Encoding.UTF8.GetString(b).ReplaceLineEndings(end))))
            , (1, Gen.Const<Func<byte[], byte[]>>(b => [.. "\uFEFF"u8.ToArray(), .. b]))
            , (1, Gen.Const<Func<byte[], byte[]>>(b => [.. b, .. Tail(b), .. Tail(b), .. Tail(b), .. Tail(b)]))
            // Cells of separators only, counts past 32 bits, words without a space, and byte sequences that are not
            // UTF-8 (a lone lead byte, an overlong form, an encoded surrogate), or a whole file in UTF-16 without a mark.
            , (1, Gen.Select(Gen.Double[0, 1], Gen.OneOf(" ; ", ";", ";;  ;", "\" ; \""), (f, s) => (Func<byte[], byte[]>)(b => Insert(b, f, Encoding.UTF8.GetBytes(s)))))
            , (1, Gen.Select(Gen.Double[0, 1], Gen.OneOf("2147483648", "4294967296", "99999999999999999999", "1000000001"),
                (f, n) => (Func<byte[], byte[]>)(b => Insert(b, f, Encoding.UTF8.GetBytes(n)))))
            , (1, Gen.Select(Gen.Double[0, 1], Gen.Int[150, 400], (f, n) => (Func<byte[], byte[]>)(b => Insert(b, f, Encoding.UTF8.GetBytes(new string('z', n))))))
            , (1, Gen.Select(Gen.Double[0, 1], Gen.OneOf<byte[]>([0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]),
                (f, bad) => (Func<byte[], byte[]>)(b => Insert(b, f, bad))))
            , (1, Gen.Const<Func<byte[], byte[]>>(b => Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(b)))));
        return damage.Array[1, 3].Select(steps => steps.Aggregate(valid, (bytes, step) => step(bytes)));
    }

    private static byte[] Insert(byte[] bytes, double where, byte[] inserted)
    {
        var at = (int)(bytes.Length * where);
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }

    /// <summary>Every line after the header, to repeat past the row limit.</summary>
    private static byte[] Tail(byte[] bytes)
    {
        var firstBreak = Array.IndexOf(bytes, (byte)'\n');
        return firstBreak < 0 ? [] : bytes[(firstBreak + 1)..];
    }

    private Gen<(string File, byte[] Bytes, string? Special)> Input()
    {
        var perFile = Files.Select(file =>
        {
            var valid = File.ReadAllBytes(Path.Combine(_data.Data, file));
            var header = Encoding.UTF8.GetString(valid).Split('\n')[0].TrimEnd('\r').Split(',');
            return Gen.Frequency<(byte[] Bytes, string? Special)>(
                    (1, Gen.Byte.Array[0, 300].Select(b => (b, (string?)null))),
                    (3, WellFormed(header).Select(b => (b, (string?)null))),
                    (4, Damaged(valid).Select(b => (b, (string?)null))),
                    (1, Gen.OneOf(SpecialFiles).Select(special => (Array.Empty<byte>(), (string?)special))))
                .Select(input => (file, input.Bytes, input.Special));
        }).ToArray();
        return Gen.OneOf(perFile);
    }

    /// <summary>Puts a link, a FIFO or a folder where <paramref name="path"/> was.</summary>
    private static void MakeSpecial(string path, string special)
    {
        File.Delete(path);
        if (special.StartsWith("link to ", StringComparison.Ordinal)) File.CreateSymbolicLink(path, special["link to ".Length..]);
        else if (special == "folder") Directory.CreateDirectory(path);
        else
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
            mkfifo.WaitForExit();
        }
    }

    private static void RemoveSpecial(string path)
    {
        if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null) Directory.Delete(path, recursive: true);
        else File.Delete(path);
    }

    [Fact]
    public void Every_damaged_or_hostile_data_file_loads_or_gives_errors_at_a_line_of_that_file()
    {
        var originals = Files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(_data.Data, f)));
        _fuzz.Run("CSV reader and validation", Input(), ciCases: 1500, input =>
        {
            var path = Path.Combine(_data.Data, input.File);
            if (input.Special is { } special) MakeSpecial(path, special);
            else File.WriteAllBytes(path, input.Bytes);
            try
            {
                CheckLoad(input.File, input.Bytes);
            }
            finally
            {
                RemoveSpecial(path);
                File.WriteAllBytes(path, originals[input.File]);
            }
        }, input => $"{input.File} = {input.Special ?? HostileText.Describe(Encoding.UTF8.GetString(input.Bytes))}");
        output.WriteLine($"{_loaded} inputs loaded, {_refused} were refused with errors");
        // Both outcomes must occur, or the generators test only one side of the reader.
        Assert.True(_loaded > 0 && _refused > 0);
    }

    private void CheckLoad(string file, byte[] bytes)
    {
        var bag = new DiagnosticBag();
        var review = ReviewLoader.Load(_data.Data, bag, Limits);

        var errors = bag.Items.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(review is not null || errors.Count > 0, "the review did not load, yet no error says why");
        Interlocked.Increment(ref review is null ? ref _refused : ref _loaded);
        var lines = LineCount(bytes);
        foreach (var d in bag.Items)
        {
            Assert.False(string.IsNullOrWhiteSpace(d.File), $"no file: {d}");
            Assert.DoesNotContain("root:", d.ToString()); // /etc/passwd is never read, so never shown
            Assert.Contains(Path.GetFileName(d.File), Files);
            if (d.Severity == Severity.Error && d.Line == 0)
                Assert.True(WholeFileCodes.Contains(d.Code), $"an error with no line: {d}");
            if (d.File.EndsWith("/" + file, StringComparison.Ordinal) && d.Line > 0)
                Assert.True(d.Line <= lines + 1, $"line {d.Line} is past the end of the file ({lines} lines): {d}");
        }
    }

    /// <summary>Physical lines as editors count them: CR, LF and CR LF each end one.</summary>
    private static int LineCount(byte[] bytes)
    {
        var lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n'))) lines++;
        }
        return lines;
    }
}
