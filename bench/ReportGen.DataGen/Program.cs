using System.Globalization;
using ReportGen.DataGen;

// reportgen-datagen --campaigns N --out DIR [--data SHIPPED_DATA] [--seed S]
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2) options[args[i]] = args[i + 1];
if (args.Length % 2 != 0 || !options.TryGetValue("--campaigns", out var n) || !options.TryGetValue("--out", out var output)
    || !int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var campaigns) || campaigns < 1)
{
    Console.Error.WriteLine("Usage: reportgen-datagen --campaigns N --out DIR [--data SHIPPED_DATA_DIR] [--seed S]");
    return 2;
}
var data = options.GetValueOrDefault("--data") ?? RepositoryData.Data;
var seed = options.TryGetValue("--seed", out var s) ? int.Parse(s, CultureInfo.InvariantCulture) : SyntheticReview.DefaultSeed;
var resources = SyntheticReview.Write(data, output, campaigns, seed);
Console.WriteLine($"{campaigns} campaigns, {resources} resources (seed {seed}) written to {output}");
return 0;
