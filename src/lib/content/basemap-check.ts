/**
 * The basemap in the content folder: basemap/tiers.yaml lists the tiers, each a TopoJSON file
 * basemap/<name>.json beside it. Checks that the list is valid, that a world tier covers the
 * overview, that every listed file is there with the objects its kind needs and that every file is
 * listed; returns the tiers and the countries a place's `polygon` may name.
 */
import { check, parseYaml, type Collector, type ContentFiles } from './parse';
import { basemapSchema, type Tier } from './schema';

export const TIERS_FILE = 'data/basemap/tiers.yaml';
const OBJECTS = { countries: ['countries'], coast: ['land', 'sea'] } as const;

interface TopologyLike {
	type?: unknown;
	objects?: Record<
		string,
		{ geometries?: { id?: string | number; properties?: { name?: string } | null }[] }
	>;
}

export function checkBasemap(
	files: ContentFiles,
	c: Collector
): { tiers: Tier[]; countries: Set<string> } {
	const countries = new Set<string>();
	const text = files[TIERS_FILE];
	if (text === undefined) {
		c.issues.push({
			file: TIERS_FILE,
			field: '',
			message: 'is missing: run `npm run data:basemap` to make the basemap for this story'
		});
		return { tiers: [], countries };
	}
	const p = parseYaml(TIERS_FILE, text, 0, c);
	const tiers = (p && check(p, basemapSchema, c)?.tiers) ?? [];
	if (p && tiers.length && (tiers[0]!.name !== 'world' || tiers[0]!.minZoom !== 0))
		c.add(p, ['tiers', 0], 'must be the tier named "world", loaded from zoom 0 (minZoom: 0)');
	tiers.forEach((t, i) => {
		const file = `data/basemap/${t.name}.json`;
		const json = files[file];
		if (json === undefined) return c.add(p!, ['tiers', i, 'name'], `has no file ${file}`);
		let topology: TopologyLike;
		try {
			topology = JSON.parse(json) as TopologyLike;
		} catch (e) {
			return c.add(file, [], `is not JSON (${e instanceof Error ? e.message : String(e)})`);
		}
		if (topology?.type !== 'Topology')
			return c.add(file, [], 'is not TopoJSON (no "type": "Topology")');
		for (const name of OBJECTS[t.kind])
			if (!topology.objects?.[name])
				c.add(file, [], `has no object "${name}", which a tier of kind ${t.kind} needs`);
		for (const g of topology.objects?.['countries']?.geometries ?? []) {
			if (g.id !== undefined) countries.add(String(g.id));
			if (g.properties?.name) countries.add(g.properties.name);
		}
	});
	const listed = new Set(tiers.map((t) => `data/basemap/${t.name}.json`));
	for (const file of Object.keys(files))
		if (file.endsWith('.json') && !listed.has(file) && p && tiers.length)
			c.add(file, [], `is not a tier of ${TIERS_FILE.slice(5)}: list it there or remove it`);
	return { tiers, countries };
}
