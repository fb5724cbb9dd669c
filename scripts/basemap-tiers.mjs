// The basemap's detailed tiers, derived from a story's places: where the story zooms in.
//
//   node scripts/basemap-tiers.mjs plan <content-dir>      prints the tiers as lines
//                                                          "<name> <kind> <west>,<south>,<east>,<north>"
//   node scripts/basemap-tiers.mjs manifest <content-dir>  writes <content-dir>/basemap/tiers.yaml
//
// - detail-<slug> (countries at 1:50m): a box around every city, port and site (the kinds the
//   map comes close to: zoom 9 and more), boxes that overlap merged into one, named after the
//   first place in it;
// - coast-<slug> (an accurate coastline, from zoom 8): a small box around every port, merged the
//   same way;
// - world (1:110m) everywhere else: the detail boxes are cut out of it, so the tiers tile.
// A box that would cross ±180° is cut there into two tiers (-a, -b), since the tools read lon/lat
// as a plane.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const DETAIL = { lat: 4, lng: 5 };
const COAST = { lat: 0.6, lng: 0.7 };
const COAST_MIN_ZOOM = 8;
const CLOSE_KINDS = new Set(['city', 'port', 'site']);

const round = (v) => Math.round(v * 100) / 100;

/** Boxes [w, s, e, n] around the points, merged until none overlap. */
function merged(points, pad) {
	let boxes = points.map((p) => ({
		slug: p.slug,
		box: [
			p.lng - pad.lng,
			Math.max(-85, p.lat - pad.lat),
			p.lng + pad.lng,
			Math.min(85, p.lat + pad.lat)
		]
	}));
	for (let again = true; again;) {
		again = false;
		outer: for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i].box, boxes[j].box];
				if (a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]) {
					boxes[i].box = [
						Math.min(a[0], b[0]),
						Math.min(a[1], b[1]),
						Math.max(a[2], b[2]),
						Math.max(a[3], b[3])
					];
					boxes.splice(j, 1);
					again = true;
					break outer;
				}
			}
	}
	// Cut at the antimeridian.
	return boxes.flatMap(({ slug, box: [w, s, e, n] }) => {
		if (w >= -180 && e <= 180) return [{ slug, box: [w, s, e, n].map(round) }];
		const [w1, e1] = w < -180 ? [w + 360, 180] : [-180, e - 360];
		const main = [Math.max(w, -180), s, Math.min(e, 180), n].map(round);
		return [
			{ slug: `${slug}-a`, box: main },
			{ slug: `${slug}-b`, box: [w1, s, e1, n].map(round) }
		];
	});
}

export function plan(dir) {
	const folder = path.join(dir, 'places');
	const places = fs
		.readdirSync(folder)
		.filter((f) => f.endsWith('.yaml'))
		.sort()
		.map((f) => parse(fs.readFileSync(path.join(folder, f), 'utf8')));
	const close = places.filter((p) => CLOSE_KINDS.has(p.kind));
	return [
		...merged(close, DETAIL).map(({ slug, box }) => ({
			name: `detail-${slug}`,
			kind: 'countries',
			box
		})),
		...merged(
			places.filter((p) => p.kind === 'port'),
			COAST
		).map(({ slug, box }) => ({ name: `coast-${slug}`, kind: 'coast', box }))
	];
}

function manifest(dir) {
	const tiers = [{ name: 'world', kind: 'countries', box: [-180, -90, 180, 90] }, ...plan(dir)];
	const lines = [
		"# The basemap's tiers, written by `npm run data:basemap` (scripts/prepare-basemap.sh) from",
		"# the story's places: <name>.json in this folder covers box [[south, west], [north, east]]",
		'# from minZoom on. Both the live map and the build-time pictures read this list.',
		'tiers:'
	];
	for (const t of tiers) {
		const [w, s, e, n] = t.box;
		const minZoom = t.kind === 'coast' ? COAST_MIN_ZOOM : 0;
		lines.push(
			`  - name: ${t.name}`,
			`    kind: ${t.kind}`,
			`    box: [[${s}, ${w}], [${n}, ${e}]]`,
			`    minZoom: ${minZoom}`
		);
	}
	fs.writeFileSync(path.join(dir, 'basemap', 'tiers.yaml'), lines.join('\n') + '\n');
}

const [cmd, dir] = process.argv.slice(2);
if (cmd === 'plan' && dir)
	for (const t of plan(dir)) console.log(`${t.name} ${t.kind} ${t.box.join(',')}`);
else if (cmd === 'manifest' && dir) manifest(dir);
else if (import.meta.url === `file://${process.argv[1]}`) {
	console.error('usage: node scripts/basemap-tiers.mjs plan|manifest <content-dir>');
	process.exit(2);
}
