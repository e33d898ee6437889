using NormsEngine.Cli;

return NormsApp.Run(args, Console.Out, Console.Error, Console.In);
