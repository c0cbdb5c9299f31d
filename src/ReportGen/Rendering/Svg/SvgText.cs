using System.Globalization;
using System.Text;

namespace ReportGen.Rendering.Svg;

/// <summary>Escaping and number formatting for SVG output.</summary>
internal static class SvgText
{
    /// <summary>Escapes text for element content and attribute values; drops control characters XML 1.0 forbids.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&apos;"); break;
                case '\t' or '\n' or '\r': builder.Append(' '); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>At most two decimals, invariant, and never "-0", so the same layout always gives the same bytes.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
