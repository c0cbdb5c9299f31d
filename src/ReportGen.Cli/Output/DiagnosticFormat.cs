namespace ReportGen.Cli.Output;

/// <summary>How diagnostics are written: for people (stderr), or for programs (stdout).</summary>
internal enum DiagnosticFormat { Text, Json, Sarif }
