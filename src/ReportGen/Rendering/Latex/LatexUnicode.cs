using System.Globalization;
using System.Text;

namespace ReportGen.Rendering.Latex;

/// <summary>
/// What pdflatex can set for a character outside ASCII. LuaLaTeX would accept any character, but one
/// mapping for both engines keeps the output the same whichever engine the user runs.
/// </summary>
internal static class LatexUnicode
{
    /// <summary>A LaTeX form and whether it needs the textcomp symbols (kernel since 2020, a package before).</summary>
    public readonly record struct Form(string Latex, bool NeedsTextcomp = false);

    private static readonly Dictionary<int, Form> Forms = new()
    {
        [0x00A0] = new("~"),
        [0x00AD] = new(@"\-"),
        [0x00B0] = new(@"\textdegree{}", true),
        [0x00B5] = new(@"\textmu{}", true),
        [0x00D7] = new(@"\ensuremath{\times}"),
        [0x00F7] = new(@"\ensuremath{\div}"),
        [0x00B1] = new(@"\ensuremath{\pm}"),
        [0x2002] = new(@"\enspace{}"),
        [0x2003] = new(@"\quad{}"),
        [0x2009] = new(@"\,"),
        [0x200A] = new(@"\,"),
        [0x200B] = new(@"\hspace{0pt}"),
        [0x200C] = new("{}"),
        [0x202F] = new(@"\,"),
        [0xFEFF] = new(""),
        [0x2010] = new("-"),
        [0x2011] = new("-"),
        [0x2012] = new(@"\textendash{}"),
        [0x2013] = new(@"\textendash{}"),
        [0x2014] = new(@"\textemdash{}"),
        [0x2015] = new(@"\textemdash{}"),
        [0x2018] = new(@"\textquoteleft{}"),
        [0x2019] = new(@"\textquoteright{}"),
        [0x201A] = new(@"\quotesinglbase{}"),
        [0x201C] = new(@"\textquotedblleft{}"),
        [0x201D] = new(@"\textquotedblright{}"),
        [0x201E] = new(@"\quotedblbase{}"),
        [0x2020] = new(@"\textdagger{}"),
        [0x2021] = new(@"\textdaggerdbl{}"),
        [0x2022] = new(@"\textbullet{}"),
        [0x2026] = new(@"\textellipsis{}"),
        [0x2030] = new(@"\textperthousand{}", true),
        [0x2032] = new(@"\ensuremath{\prime}"),
        [0x2033] = new(@"\ensuremath{\prime\prime}"),
        [0x2039] = new(@"\guilsinglleft{}"),
        [0x203A] = new(@"\guilsinglright{}"),
        [0x20AC] = new(@"\texteuro{}", true),
        [0x2122] = new(@"\texttrademark{}", true),
        [0x2190] = new(@"\ensuremath{\leftarrow}"),
        [0x2191] = new(@"\ensuremath{\uparrow}"),
        [0x2192] = new(@"\ensuremath{\rightarrow}"),
        [0x2193] = new(@"\ensuremath{\downarrow}"),
        [0x2194] = new(@"\ensuremath{\leftrightarrow}"),
        [0x21D2] = new(@"\ensuremath{\Rightarrow}"),
        [0x2212] = new(@"\ensuremath{-}"),
        [0x221E] = new(@"\ensuremath{\infty}"),
        [0x2248] = new(@"\ensuremath{\approx}"),
        [0x2260] = new(@"\ensuremath{\neq}"),
        [0x2264] = new(@"\ensuremath{\leq}"),
        [0x2265] = new(@"\ensuremath{\geq}"),
        [0x2713] = new(@"\ensuremath{\surd}"),
    };

    private static readonly string[] GreekLower =
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
         "nu", "xi", "o", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"];

    private static readonly Dictionary<int, string> GreekUpper = new()
    {
        [0x0393] = "Gamma", [0x0394] = "Delta", [0x0398] = "Theta", [0x039B] = "Lambda", [0x039E] = "Xi",
        [0x03A0] = "Pi", [0x03A3] = "Sigma", [0x03A5] = "Upsilon", [0x03A6] = "Phi", [0x03A8] = "Psi",
        [0x03A9] = "Omega",
    };

    /// <summary>
    /// Latin letters and Latin-1 symbols that inputenc (utf8) with fontenc T1 and lmodern sets directly;
    /// measured by compiling each character U+00A0–U+024F alone with pdflatex.
    /// </summary>
    private static readonly (int First, int Last)[] DirectRanges =
    [
        (0x00A1, 0x00AC), (0x00AE, 0x0125), (0x0128, 0x0137), (0x0139, 0x013E),
        (0x0141, 0x0148), (0x014A, 0x0165), (0x0168, 0x017E),
    ];

    /// <summary>The LaTeX form of a non-ASCII character, or null when pdflatex has none.</summary>
    public static Form? FormOf(Rune rune)
    {
        var code = rune.Value;
        if (Forms.TryGetValue(code, out var form)) return form;
        if (code is >= 0x03B1 and <= 0x03C9 && code != 0x03BF)
            return new Form($@"\ensuremath{{\{GreekLower[code - 0x03B1]}}}");
        if (GreekUpper.TryGetValue(code, out var upper)) return new Form($@"\ensuremath{{\{upper}}}");
        foreach (var (first, last) in DirectRanges)
            if (code >= first && code <= last) return new Form(DirectForms[code - DirectRanges[0].First]);
        return null;
    }

    /// <summary>The characters of <see cref="DirectRanges"/> as strings, made once instead of once per character written.</summary>
    private static readonly string[] DirectForms =
        [.. Enumerable.Range(DirectRanges[0].First, DirectRanges[^1].Last - DirectRanges[0].First + 1).Select(c => ((char)c).ToString())];

    /// <summary>Describes a character for a message: <c>'😀' (U+1F600, in the block Emoticons)</c>.</summary>
    public static string Describe(Rune rune)
    {
        var code = rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        var shown = Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            ? "" : $"'{rune}' ";
        var block = UnicodeBlocks.NameOf(rune.Value);
        return block is null ? $"{shown}(U+{code})" : $"{shown}(U+{code}, in the block {block})";
    }
}
