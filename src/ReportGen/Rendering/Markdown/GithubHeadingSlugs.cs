using System.Text;

namespace ReportGen.Rendering.Gfm;

/// <summary>
/// The anchors GitHub gives headings by itself: lower case, spaces to '-', punctuation dropped, and "-1", "-2"
/// added to repeats. A heading needs an anchor of ours only when its id differs from this one.
/// </summary>
internal sealed class GithubHeadingSlugs
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Takes the next slug for a heading, in document order.</summary>
    public string Next(string headingText)
    {
        var slug = Slugify(headingText);
        var unique = slug;
        if (_seen.TryGetValue(slug, out var repeats))
        {
            do
            {
                repeats++;
                unique = $"{slug}-{repeats}";
            }
            while (_seen.ContainsKey(unique));
            _seen[slug] = repeats;
        }
        _seen.TryAdd(unique, 0);
        return unique;
    }

    private static string Slugify(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (char.IsLetterOrDigit(c) || c is '-' or '_'
                     || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append(c);
            }
        }
        return slug.ToString();
    }
}
