// The server-safe entry (@northstar/react/theme) must work in a React Server Component: no 'use client' directive, no
// import of React or of a client chunk, and it must load and run under Node's `react-server` export condition (where
// React itself has no hooks). A client-only export leaking into src/theme/index.ts fails one of these checks.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const failures = [];
for (const file of ['dist/theme.js', 'dist/theme.cjs']) {
  const code = readFileSync(file, 'utf8');
  if (/^\s*['"]use client['"]/.test(code)) failures.push(`${file} starts with 'use client'`);
  const specifiers = [
    ...code.matchAll(
      /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
  const foreign = specifiers.filter((s) => s !== '@northstar/core' && !s.startsWith('@northstar/core/'));
  if (foreign.length > 0) failures.push(`${file} imports ${[...new Set(foreign)].join(', ')}`);
}

// Run as a Server Component bundle would: the react-server condition, React's server build alongside.
const probe = `
  const React = await import('react');
  if (typeof React.useState === 'function') throw new Error('the react-server condition is not active');
  const theme = await import('@northstar/react/theme');
  const built = theme.createTheme({ accent: '#0f766e' });
  if (typeof built.light.accent !== 'string' || typeof built.dark.text !== 'string') throw new Error('createTheme');
  const t = theme.createTranslator(
    theme.defineMessages({ en: { 'probe.n': { one: '{count} KPI', other: '{count} KPIs' } }, de: { 'probe.n': { one: '{count} KPI', other: '{count} KPIs' } }, fr: { 'probe.n': '{count}' }, es: { 'probe.n': '{count}' }, 'pt-BR': { 'probe.n': '{count}' }, ja: { 'probe.n': '{count}' }, ar: { 'probe.n': '{count}' } }),
    'ar-EG',
  );
  console.log(JSON.stringify({ exports: Object.keys(theme).sort(), arabic: t('probe.n', { count: 3 }) }));
`;
let result;
try {
  const out = execFileSync(
    process.execPath,
    ['--conditions=react-server', '--input-type=module', '-e', probe],
    {
      encoding: 'utf8',
    },
  );
  result = JSON.parse(out.trim().split('\n').at(-1));
} catch (error) {
  failures.push(
    `@northstar/react/theme does not load under the react-server condition: ${error.stderr ?? error}`,
  );
}
if (result && result.arabic !== '٣')
  failures.push(`createTranslator under react-server gave ${result.arabic}`);

if (failures.length > 0) {
  console.error(`FAIL @northstar/react/theme is not server-safe:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `ok   @northstar/react/theme is server-safe (${result.exports.length} exports, react-server condition)`,
);
