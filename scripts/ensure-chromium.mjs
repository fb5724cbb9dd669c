// npm test calls this first: it finds a Chromium for the browser tests or installs one.
import { execSync } from 'node:child_process';
import { findChromium } from './chromium.mjs';

const found = findChromium();
if (found) {
	console.log(`browser tests: using Chromium at ${found}`);
	process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
	execSync('command -v apt-get', { stdio: 'ignore' });
	hasApt = true;
} catch {
	/* not Debian */
}

const run = (cmd) => {
	console.log(`$ ${cmd}`);
	execSync(cmd, { stdio: 'inherit' });
};
try {
	if (hasApt && isRoot) {
		console.log("No Chromium found: installing Debian's chromium with apt-get (about a minute)...");
		run('apt-get update -qq');
		run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
	} else {
		console.log(
			"No Chromium found: installing Playwright's Chromium (npx playwright install chromium)..."
		);
		run('npx playwright install chromium');
	}
} catch {
	console.error(
		'Could not install a Chromium. Install one yourself (e.g. `apt-get install chromium`) or set ' +
			'CHROMIUM_PATH to a Chromium or Chrome binary, then run npm test again.'
	);
	process.exit(1);
}
const now = findChromium();
if (!now) {
	console.error('A Chromium was installed but cannot be found: set CHROMIUM_PATH.');
	process.exit(1);
}
console.log(`browser tests: using Chromium at ${now}`);
