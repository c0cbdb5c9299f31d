using ReportGen.Cli;
using ReportGen.Cli.Output;

StartupTimings.MarkMain();
return ReportGenCommandLine.Run(args, CliConsole.FromProcess());
