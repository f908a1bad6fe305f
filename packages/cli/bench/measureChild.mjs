// Runs the built bin in this process and reports its peak RSS and wall time on stderr when it exits, so the
// benchmark can read both without platform tools like /usr/bin/time.
const started = performance.now();
process.on('exit', () => {
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `\nMEASURE ${JSON.stringify({ seconds, maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
});
process.argv = [
  process.argv[0],
  new URL('../dist/main.js', import.meta.url).pathname,
  ...process.argv.slice(2),
];
await import('../dist/main.js');
