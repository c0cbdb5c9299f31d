using System.Globalization;
using System.Text;
using ReportGen.Model;

namespace ReportGen.Templating.Functions;

/// <summary>
/// Vancouver reference entries as the NLM's Citing Medicine writes them: "Buchbinder R, Jolley D. Title. Spine.
/// 2007;32(5):E156–E162. doi:10.…", with no italics. A field the data lacks is left out with its punctuation.
/// </summary>
internal static class VancouverReferenceList
{
    private const int MaxAuthorsListed = 6;

    public static MarkdownText Entry(Resource r)
    {
        // Each element ends with its own full stop; they are joined with spaces, so a missing one leaves no gap.
        var parts = new List<string> { Plain(Authors(r)) };
        var medium = r.Type switch
        {
            ReferenceTypes.Thesis => "[dissertation]",
            ReferenceTypes.Webpage => "[Internet]",
            _ => "",
        };
        var title = r.Title.Trim();
        if (title.Length > 0 || medium.Length > 0)
            parts.Add(Plain(medium.Length > 0 ? string.Join(" ", new[] { title, medium }.Where(t => t.Length > 0)) + "." : ApaReferenceList.WithFinalStop(title)));
        var year = r.Year.ToString(CultureInfo.InvariantCulture);
        if (r.Type == ReferenceTypes.Article)
        {
            if (r.Container.Length > 0) parts.Add(Plain(ApaReferenceList.WithFinalStop(r.Container)));
            var numbering = new StringBuilder(year);
            if (r.Volume.Length > 0) numbering.Append(';').Append(r.Volume);
            if (r.Volume.Length > 0 && r.Issue.Length > 0) numbering.Append('(').Append(r.Issue).Append(')');
            if (r.Pages.Length > 0) numbering.Append(':').Append(r.Pages);
            parts.Add(Plain(numbering.Append('.').ToString()));
        }
        else
        {
            var publisher = r.Type == ReferenceTypes.Webpage ? r.Container : r.Publisher;
            var cited = r.Type == ReferenceTypes.Webpage && r.Accessed.Length > 0 ? $" [cited {CitedDate(r.Accessed)}]" : "";
            parts.Add(Plain((publisher.Length > 0 ? publisher + "; " : "") + year + cited + "."));
        }
        if (r.Doi.Length > 0) parts.Add(Plain("doi:") + ReferenceLinks.Doi(r.Doi, withResolver: false));
        else if (r.Url.Length > 0) parts.Add(Plain("Available from:") + " " + ReferenceLinks.Url(r.Url));
        return new MarkdownText(string.Join(" ", parts));
    }

    /// <summary>
    /// "Cheng AHY, Campbell S, …, Kapur AK, et al." — six authors at most, then "et al.". A family name and its initials
    /// are joined by a no-break space: a line that ends "Cheng" and starts "AHY," reads as two authors.
    /// </summary>
    private static string Authors(Resource r)
    {
        var names = r.Authors.Select(a => a.Initials.Length == 0 ? a.Family.Trim() : $"{a.Family.Trim()}\u00A0{Initials(a.Initials)}").ToList();
        var shown = names.Take(MaxAuthorsListed).ToList();
        var text = string.Join(", ", shown);
        // "Khoury et al." for a name without initials, as in the text; "Jenkins HJ, French SD, et al." otherwise.
        if (r.MoreAuthors || names.Count > MaxAuthorsListed) text += shown.Count == 1 && r.Authors[0].Initials.Length == 0 ? " et al" : ", et al";
        return text + ".";
    }

    /// <summary>"A. H. Y." → "AHY".</summary>
    private static string Initials(string initials) => string.Concat(initials.Where(char.IsLetter));

    private static string CitedDate(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyy MMM d", CultureInfo.InvariantCulture);

    private static string Plain(string text) => MarkdownEscaper.EscapeFragment(text);
}
