namespace ReportGen.Data;

/// <summary>Finds the known name a misspelt one was meant to be, for "did you mean" messages.</summary>
internal static class Suggestions
{
    /// <summary>The closest candidate, ignoring case, if it is within about a third of the word's length.</summary>
    public static string? Nearest(string wanted, IEnumerable<string> candidates)
    {
        var allowed = Math.Max(1, wanted.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == wanted) continue;
            var distance = Distance(wanted.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= allowed && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    public static string DidYouMean(string? suggestion) => suggestion is null ? "" : $"; did you mean '{suggestion}'?";

    /// <summary>Edit distance in which swapping two neighbouring letters counts as one edit, a common typo.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
