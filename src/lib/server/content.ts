/**
 * The story, loaded once and validated once at build time. Every route asks this module; none
 * reads data/ itself. A broken file throws a ContentError naming the file, the line and the field,
 * and the build stops.
 */
import { basemapCountries } from '$lib/content/read-files.server';
import { validateContent, type ContentFiles } from '$lib/content/validate';

// Every file, so the validator can name the ones the build would not read (a `.yml`, a `.MD`).
const raw = import.meta.glob('/data/**/*', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const files: ContentFiles = Object.fromEntries(
	Object.entries(raw).map(([key, text]) => [key.replace(/^\//, ''), text])
);

export const content = validateContent(files, { countries: basemapCountries() });

const bySlug = new Map(content.places.map((p) => [p.slug, p]));
const byQuote = new Map(content.quotes.map((q) => [q.id, q]));
const bySource = new Map(content.sources.map((s) => [s.id, s]));

export const place = (slug: string) => bySlug.get(slug);
export const quote = (id: string) => byQuote.get(id);
export const source = (id: string) => bySource.get(id);
/** A document's full text (data/sources/<id>.txt): the validator has made sure it is there. */
export const sourceText = (id: string) => files[`data/sources/${id}.txt`]!.replace(/^\uFEFF/, '');
