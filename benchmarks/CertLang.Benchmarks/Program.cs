using BenchmarkDotNet.Running;
using CertLang.Benchmarks;

if (args is ["quick"])
{
    return QuickRun.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
