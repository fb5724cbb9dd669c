/**
 * The story, loaded once and validated once at build time. Every route asks this module; none
 * reads the content folder itself. The folder is CONTENT_DIR (default data/), read by
 * scripts/vite-content.ts. A broken file throws a ContentError naming the file (as a path in that
 * folder), the line and the field, and the build stops.
 */
import files, { dir } from 'virtual:content';
import { inFolder } from '$lib/content/parse';
import { relate } from '$lib/content/relations';
import { ContentError, validateContent } from '$lib/content/validate';

function load() {
	try {
		return validateContent(files);
	} catch (e) {
		throw e instanceof ContentError ? inFolder(e, dir) : e;
	}
}

export const content = load();

/** The lookups routes use: things by id, and the relations between them (content/relations.ts). */
export const {
	chapter,
	place,
	quote,
	source,
	chaptersAt,
	quotesAt,
	eventsAt,
	placesOf,
	quotesOf,
	quotesFrom,
	chaptersShowing,
	chaptersQuoting,
	cellsOf,
	chapterNeighbours,
	placeNeighbours
} = relate(content);
/** The TopoJSON text of a basemap tier (basemap/<name>.json), as the live map loads it. */
export const basemapText = (name: string) => files[`data/basemap/${name}.json`];
/** A document's full text (data/sources/<id>.txt): the validator has made sure it is there. */
export const sourceText = (id: string) => files[`data/sources/${id}.txt`]!.replace(/^\uFEFF/, '');
