namespace ReportGen.Cli;

public static class CommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stdout.WriteLine("reportgen: not yet wired");
        return 0;
    }
}
