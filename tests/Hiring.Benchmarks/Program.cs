using BenchmarkDotNet.Running;
using Hiring.Benchmarks;

// dotnet run -c Release --project tests/Hiring.Benchmarks -- report   (one report: Skia vs warm Chromium)
//                                                        -- batch    (1,000 reports, BenchmarkDotNet)
//                                                        -- memory   (1,000 reports, heap and working set every 100)
//                                                        -- turns    (Skia and warm Chromium in turns: the ratio on a busy machine)
//                                                        -- sizes    (both PDFs written to bench-out/, sizes printed)
//                                                        -- load Sqlite|Postgres [candidates] [seconds] [submit|rates]  (docs/benchmarks-load.md)
//                                                        -- startup [rounds] [published folder]  (fresh database and restart → first page, docs/benchmarks.md)
//                                                        -- list     (the recruiter list over 100,000 applications through HTTP, docs/benchmarks-recruiting.md)
// Anything else goes to BenchmarkDotNet's switcher (e.g. --list flat).
switch (args.FirstOrDefault())
{
    case "report": BenchmarkRunner.Run<ReportBenchmarks>(); break;
    case "batch": BenchmarkRunner.Run<BatchBenchmarks>(); break;
    case "memory": BatchMemory.Run(); break;
    case "phases": Phases.Run(); break;
    case "turns": await Turns.RunAsync(); break;
    case "startup": await StartupRun.RunAsync(args); break;
    case "list": await Hiring.Benchmarks.Recruiting.ListOverHttp.RunAsync(); break;
    case "load": await Hiring.Benchmarks.Load.LoadRun.RunAsync(args); break;
    case "sizes": await Sizes.RunAsync(args.ElementAtOrDefault(1) ?? "bench-out"); break;
    default: BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args); break;
}
