namespace ReportGen.DataGen;

/// <summary>Draws items with probability proportional to their weights.</summary>
internal sealed class Weighted<T>
{
    private readonly (T Item, double Weight)[] _items;
    private readonly double _total;

    public Weighted(IEnumerable<(T Item, double Weight)> items)
    {
        _items = items.Where(i => i.Weight > 0).ToArray();
        _total = _items.Sum(i => i.Weight);
        if (_items.Length == 0) throw new ArgumentException("nothing to draw from", nameof(items));
    }

    /// <summary>The items in the order they were given.</summary>
    public IEnumerable<T> Items => _items.Select(i => i.Item);

    public T Draw(Random random)
    {
        var x = random.NextDouble() * _total;
        foreach (var (item, weight) in _items)
        {
            if (x < weight) return item;
            x -= weight;
        }
        return _items[^1].Item;
    }

    /// <summary><paramref name="count"/> different items (fewer if there are not that many).</summary>
    public List<T> DrawDistinct(Random random, int count)
    {
        var chosen = new List<T>();
        for (var attempt = 0; chosen.Count < Math.Min(count, _items.Length) && attempt < 100 * count; attempt++)
        {
            var item = Draw(random);
            if (!chosen.Contains(item)) chosen.Add(item);
        }
        return chosen;
    }
}
