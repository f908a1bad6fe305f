// Makes sure the browser tests have a Chromium. As root (as CI runs) it installs Debian's chromium with apt;
// otherwise it stops with one line saying how to install it.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

if (findChromium()) process.exit(0);
if (process.getuid?.() === 0) {
  console.log('Chromium not found: installing Debian chromium with apt-get …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (findChromium()) process.exit(0);
}
console.error(
  'Browser tests need Chromium: run `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
