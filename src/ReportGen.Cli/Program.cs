return ReportGen.Cli.CommandLine.Run(args, Console.Out, Console.Error);
