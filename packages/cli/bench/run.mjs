// Every CLI benchmark, one after another.
await import('./rollupCsv.bench.mjs');
