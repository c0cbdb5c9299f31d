using ReportGen.Cli;

return ReportGenCommandLine.Run(args, CliConsole.FromProcess());
