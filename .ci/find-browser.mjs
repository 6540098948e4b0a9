// Finds a Chromium for the tests: CHROME_PATH, then the usual Debian/Ubuntu paths. On a
// Debian/Ubuntu box where we are root and none is there (a fresh machine or container), it
// installs Debian's `chromium` and says so; anywhere else it stops with one clear line.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`knotkit: CHROME_PATH is set to ${fromEnv}, but nothing is there.`);
    process.exit(1);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (install && isDebianLike() && process.getuid?.() === 0) {
    console.log('knotkit: no Chromium found; installing Debian\'s "chromium" package (apt-get install -y chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null', { stdio: 'inherit' });
    const installed = CANDIDATES.find((p) => existsSync(p));
    if (installed) return installed;
  }
  console.error('knotkit: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to a Chrome/Chromium binary.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findBrowser());
