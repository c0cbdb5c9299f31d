using ReportGen.Rendering.Text;
using SkiaSharp;

namespace ReportGen.Tests.Rendering.Pdf;

public class FontSubsetterTests
{
    private static byte[] BodyFont()
    {
        var fonts = FontLocator.FindSerif();
        Assert.NotNull(fonts);
        return File.ReadAllBytes(fonts.Regular);
    }

    [Fact]
    public void Subset_KeepsTheGivenCharactersAndDropsTheRest()
    {
        var font = BodyFont();

        var subset = FontSubsetter.Subset(font, "Scoping review".EnumerateRunes().Select(r => r.Value));

        Assert.NotNull(subset);
        Assert.True(subset.Length < font.Length / 10, $"{subset.Length} of {font.Length} bytes");
        using var data = SKData.CreateCopy(subset);
        using var face = SKTypeface.FromData(data);
        using var skFont = new SKFont(face);
        Assert.True(skFont.ContainsGlyph('S') && skFont.ContainsGlyph('v'));
        Assert.False(skFont.ContainsGlyph('z'));
    }

    [Fact]
    public void Subset_OfBytesThatAreNoFont_IsNull()
    {
        Assert.Null(FontSubsetter.Subset("not a font"u8.ToArray(), [(int)'a']));
    }

    [Fact]
    public void Subset_IsTheSameEveryTime()
    {
        var font = BodyFont();
        int[] characters = ['a', 'b', 0x2265];

        Assert.Equal(FontSubsetter.Subset(font, characters), FontSubsetter.Subset(font, characters));
    }
}
