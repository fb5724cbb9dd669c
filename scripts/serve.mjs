// A plain static host for the built site, as GitHub Pages or nginx would serve it: clean URLs
// (/sources -> sources.html), an address with a trailing slash only from its folder's index.html
// (/sources/ -> sources/index.html, never sources.html: the build writes those copies),
// 404.html with status 404 for anything unknown, gzip when the browser asks for it, and the site
// under BASE_PATH when one was built in.
//   node scripts/serve.mjs [--port 4173] [--dir build] [--base /albania-story]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg('port', process.env.PORT ?? 4173));
const root = path.resolve(arg('dir', 'build'));
const base = (arg('base', process.env.BASE_PATH ?? '') || '').replace(/\/$/, '');
if (!fs.existsSync(path.join(root, 'index.html'))) {
	console.error(
		`serve.mjs: no built site in ${path.relative(process.cwd(), root) || '.'}/ (no index.html): run npm run build first`
	);
	process.exit(1);
}

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};
const compressible = /\.(html|js|css|json|svg|xml|txt|webmanifest)$/;

function resolveFile(urlPath) {
	let p;
	try {
		p = decodeURIComponent(urlPath);
	} catch {
		return null;
	}
	if (base) {
		if (p !== base && !p.startsWith(base + '/')) return null;
		p = p.slice(base.length) || '/';
	}
	const abs = path.join(root, path.normalize(p));
	if (!abs.startsWith(root)) return null;
	const tries = p.endsWith('/')
		? [path.join(abs, 'index.html')]
		: [abs, abs + '.html', path.join(abs, 'index.html')];
	return tries.find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null;
}

function send(req, res, file, status) {
	const ext = path.extname(file);
	const body = fs.readFileSync(file);
	const headers = {
		'content-type': types[ext] ?? 'application/octet-stream',
		'cache-control': file.includes(`${path.sep}immutable${path.sep}`)
			? 'public, max-age=31536000, immutable'
			: 'no-cache'
	};
	if (compressible.test(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
		const gz = zlib.gzipSync(body, { level: 9 });
		res.writeHead(status, {
			...headers,
			'content-encoding': 'gzip',
			'content-length': gz.length,
			vary: 'accept-encoding'
		});
		res.end(req.method === 'HEAD' ? undefined : gz);
	} else {
		res.writeHead(status, { ...headers, 'content-length': body.length });
		res.end(req.method === 'HEAD' ? undefined : body);
	}
}

const server = http.createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const file = resolveFile(url.pathname);
	if (file) return send(req, res, file, 200);
	const notFound = path.join(root, '404.html');
	if (fs.existsSync(notFound)) return send(req, res, notFound, 404);
	res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
});
server.listen(port, '127.0.0.1', () =>
	console.log(`serving ${root} at http://127.0.0.1:${port}${base}/`)
);
