using System.Diagnostics;
using System.Text;
using ReportGen.Tests.Data;

namespace ReportGen.Tests.Data;

/// <summary>
/// Data files that are not ordinary files, or are links out of the data folder: each is refused at once with a message
/// that names the file, never read (a FIFO would block forever, /dev/zero never ends), and never echoed.
/// </summary>
public sealed class SpecialDataFileTests
{
    private static void Link(ReviewCopy data, string file, string target)
    {
        data.Delete($"data/{file}");
        File.CreateSymbolicLink(Path.Combine(data.Data, file), target);
    }

    [Theory]
    [InlineData("campaigns.csv", "/dev/zero")]
    [InlineData("resources.csv", "/dev/urandom")]
    [InlineData("flow.csv", "/dev/zero")]
    public void A_link_to_a_device_is_refused_without_reading_it(string file, string device)
    {
        using var data = ReviewCopy.OfData();
        Link(data, file, device);

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Equal($"data/{file}: error RG080: the file is a link to a file outside the data folder, which ReportGen does not read",
            Assert.Single(diagnostics, d => d.Contains(": error ")).Split('\n')[0]);
    }

    [Fact]
    public void A_link_to_a_file_outside_the_data_folder_is_refused_and_its_content_never_shown()
    {
        using var data = ReviewCopy.OfData();
        var outside = Path.Combine(Path.GetDirectoryName(data.Data)!, "secret.csv");
        File.WriteAllText(outside, "abbreviation,expansion\nSECRET-LINE,do not show\n");
        Link(data, "values.csv", outside);

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Contains("data/values.csv: error RG080: the file is a link to a file outside the data folder, which ReportGen does not read", diagnostics[0]);
        Assert.DoesNotContain(diagnostics, d => d.Contains("SECRET") || d.Contains("expansion"));
    }

    [Fact]
    public void A_link_to_another_file_inside_the_data_folder_is_read()
    {
        using var data = ReviewCopy.OfData();
        File.Move(Path.Combine(data.Data, "values.csv"), Path.Combine(data.Data, "values-master.csv"));
        File.CreateSymbolicLink(Path.Combine(data.Data, "values.csv"), "values-master.csv");

        var (review, diagnostics) = data.Load();

        Assert.NotNull(review);
        Assert.DoesNotContain(diagnostics, d => d.Contains(": error "));
    }

    [Theory]
    [InlineData("flow.csv")]
    [InlineData("abbreviations.csv")]
    public async Task A_fifo_is_refused_without_opening_it(string file)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "FIFOs are a Unix file type, and the check uses Linux's statx");
        using var data = ReviewCopy.OfData();
        data.Delete($"data/{file}");
        MakeFifo(Path.Combine(data.Data, file));

        // Opening a FIFO for reading blocks until something writes to it: a load that opens it never returns.
        var load = Task.Run(() => data.Load(), TestContext.Current.CancellationToken);
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken)));
        var (review, diagnostics) = await load;

        Assert.Null(review);
        Assert.Equal($"data/{file}: error RG081: '{file}' is a device, pipe or socket, not a regular file, so it is not read",
            Assert.Single(diagnostics, d => d.Contains(": error ")).Split('\n')[0]);
    }

    [Fact]
    public void A_folder_named_as_a_data_file_is_refused()
    {
        using var data = ReviewCopy.OfData();
        data.Delete("data/guidelines.csv");
        Directory.CreateDirectory(Path.Combine(data.Data, "guidelines.csv"));

        var (review, diagnostics) = data.Load();

        Assert.Null(review);
        Assert.Contains(diagnostics, d => d.StartsWith("data/guidelines.csv: error RG081: 'guidelines.csv' is a folder", StringComparison.Ordinal));
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_named_as_UTF16()
    {
        using var data = ReviewCopy.OfData();
        data.WriteBytes("data/abbreviations.csv", Encoding.Unicode.GetBytes(data.Read("data/abbreviations.csv")));

        var (_, diagnostics) = data.Load();

        Assert.Equal("data/abbreviations.csv:1:1: error RG003: the file is saved as UTF-16 ('Unicode text', without a byte order mark), not as UTF-8",
            diagnostics.Single(d => d.Contains(": error ")).Split('\n')[0]);
    }

    [Fact]
    public void Big_endian_UTF16_without_a_byte_order_mark_is_named_too()
    {
        using var data = ReviewCopy.OfData();
        data.WriteBytes("data/abbreviations.csv", Encoding.BigEndianUnicode.GetBytes(data.Read("data/abbreviations.csv")));

        var (_, diagnostics) = data.Load();

        Assert.Contains("without a byte order mark", diagnostics.Single(d => d.Contains(": error ")));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
