// The site the bench measures: built (unless --no-build) and served the way a static host serves
// it, gzip, on a free port.
import net from 'node:net';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { flag, log, root } from './context.mjs';

export function build() {
	if (flag('no-build')) {
		log('--no-build: measuring the existing build/');
		return null;
	}
	log('npm run build ...');
	const t0 = performance.now();
	const r = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0) {
		process.stderr.write(r.stdout);
		process.stderr.write(r.stderr);
		throw new Error(`npm run build failed (status ${r.status})`);
	}
	log(`built in ${seconds.toFixed(1)} s`);
	return seconds;
}

// ---------------------------------------------------------------------------------------------
// 2. Serve build/ with the project's static host (gzip) on a free port

export function freePort() {
	return new Promise((resolve, reject) => {
		const s = net.createServer();
		s.unref();
		s.on('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {net.AddressInfo} */ (s.address());
			s.close(() => resolve(port));
		});
	});
}

export async function serve() {
	const port = await freePort();
	const base = (process.env.BASE_PATH ?? '').replace(/\/$/, '');
	const child = spawn(
		process.execPath,
		[path.join(root, 'scripts', 'serve.mjs'), '--port', String(port)],
		{
			cwd: root,
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	const origin = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 100; i++) {
		try {
			const res = await fetch(`${origin}${base}/`);
			if (res.ok) return { child, origin, site: `${origin}${base}` };
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('scripts/serve.mjs did not start');
}
