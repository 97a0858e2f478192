using CertLang.Fuzz;
using SharpFuzz;

// certlang-fuzz TARGET               runs TARGET under AFL++ (afl-fuzz … -- dotnet CertLang.Fuzz.dll TARGET)
// certlang-fuzz TARGET FILE…         replays inputs uninstrumented: a line per input (a crash's signature), then each crash's exception; exit 1 if any
if (args.Length == 0 || FuzzTargets.Named(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: CertLang.Fuzz TARGET [FILE…]; the targets are: {string.Join(", ", FuzzTargets.All.Select(t => t.Name))}");
    return 2;
}

if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        target.Run(bytes.ToArray());
    });
    return 0;
}

var failed = 0;
foreach (var file in args[1..])
{
    try
    {
        target.Run(File.ReadAllBytes(file));
        Console.WriteLine($"ok      {file}");
    }
    catch (Exception e)
    {
        failed++;
        Console.WriteLine($"CRASH   {file}: {FailureSignature.Of(e)}");
        Console.WriteLine(e.ToString().ReplaceLineEndings(Environment.NewLine + "        "));
    }
}

return failed == 0 ? 0 : 1;
