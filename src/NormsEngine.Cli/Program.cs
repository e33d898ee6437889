using NormsEngine.Cli;
using NormsEngine.Cli.Output;

using var output = new StandardOutput();
return NormsApp.Run(args, output, Console.Error, Console.OpenStandardInput());
