using System.Text;
using CapexRadar.Domain;
using static CapexRadar.Market.Tests.TestEntities;

namespace CapexRadar.Market.Tests;

/// <summary>Megabytes of pathological text must complete; the assertions are on the results only.</summary>
public class HostileInputTests
{
    private static string Repeat(string unit, int chars)
    {
        var sb = new StringBuilder(chars + unit.Length);
        while (sb.Length < chars) sb.Append(unit);
        return sb.ToString();
    }

    [Fact]
    public void Five_megabytes_of_digits_and_percent_signs_without_spaces()
    {
        var text = Repeat("12%3%%45.6%7,8%%9%", 5_000_000);
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Five_megabytes_of_digits_only()
    {
        Assert.Empty(Extract(new string('7', 5_000_000)));
    }

    [Fact]
    public void Many_moves_in_one_endless_sentence()
    {
        // Every repetition is a real move of the same index, so all collapse into one distinct move.
        var text = Repeat("the Kospi rose 1.5% and ", 2_000_000);
        var m = Assert.Single(Extract(text));
        Assert.Equal("Kospi", m.IndexName);
    }

    [Fact]
    public void Thousands_of_numbers_and_mentions()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 20_000; i++) sb.Append("Lenovo shares rose ").Append(i % 97 + 1).Append(".5% and its revenue rose 3% to $5 billion; ");
        var text = sb.ToString();
        var moves = Extract(text, "lenovo", Orgs.Lenovo);
        Assert.Equal(97, moves.Count);
        Assert.All(moves, m => Assert.Equal("lenovo", m.CompanyId));
    }

    [Fact]
    public void Long_runs_of_capitals_parentheses_and_commas()
    {
        var text = Repeat("A B C ( D ) , E F G -- H ", 2_000_000) + " rose 5%.";
        Assert.NotNull(Extract(text));
        var text2 = Repeat("(((", 1_000_000) + "X rose 5%" + Repeat(")))", 1_000_000);
        Assert.NotNull(Extract(text2));
    }

    [Fact]
    public void Empty_and_whitespace()
    {
        Assert.Empty(Extract(""));
        Assert.Empty(Extract("   \n\n  "));
        Assert.Empty(Extract("%"));
        Assert.Empty(Extract("5%"));
        Assert.Empty(Extract("rose 5%", EntitySet.Empty));
    }
}
