import { describe, expect, it } from 'vitest';
import { ContentError, validateContent, type ContentFiles } from './validate';

/** A small story that is valid: each broken fixture below changes one thing in it. */
function valid(): ContentFiles {
	return {
		'data/story.yaml': `title: A story
subtitle: Told in one chapter
description: A test story.
method: From one document.
language: en
about: a test story
reach: from here to there
documents: test documents
overview:
  bounds: [[40, 19], [43, 21]]
`,
		'data/sources/doc.yaml': `id: doc
document: 000.txt
short: A report
outlet: not stated
headline: A headline
author: not stated
date: not stated
summary: What it covers.
framing: How it frames it.
`,
		'data/sources/doc.txt':
			'Rama said the attack “failed, and the damage can be regarded as small”. Harbourtown and Fixtureland recovered. The end.',
		'data/places/harbourtown.yaml': `slug: harbourtown
name: Harbourtown
kind: city
lat: 41.33
lng: 19.82
approximate: false
description: >-
  The capital.[^doc: Harbourtown and Fixtureland recovered. The end]
`,
		'data/places/fixtureland.yaml': `slug: fixtureland
name: Fixtureland
kind: country
lat: 41.1
lng: 20.0
approximate: false
polygon: "008"
description: >-
  The country.[^doc: Harbourtown and Fixtureland recovered. The end]
`,
		'data/quotes.yaml': `- id: rama-small
  text: failed, and the damage can be regarded as small
  speaker: Edi Rama
  role: Prime Minister of Fixtureland
  said: not stated
  source: doc
  places: [harbourtown]
`,
		'data/events.yaml': `- id: attack
  date: 2022-07-15
  implied: false
  title: The attack
  places: [harbourtown]
  sources: [doc]
  chapter: one
  cites:
    - source: doc
      passage: the damage can be regarded as small
`,
		// The smallest basemap: a world tier with one country and no geometry.
		'data/basemap/tiers.yaml': `tiers:
  - { name: world, kind: countries, box: [[-90, -180], [90, 180]], minZoom: 0 }
`,
		'data/basemap/world.json': JSON.stringify({
			type: 'Topology',
			objects: {
				countries: {
					type: 'GeometryCollection',
					geometries: [{ type: null, id: '008', properties: { name: 'Fixtureland' } }]
				}
			},
			arcs: []
		}),
		'data/claims.yaml': `- id: damage
  claim: What was damaged?
  cells:
    - source: doc
      verdict: reports
      says: Small damage.
      excerpt: the damage can be regarded as small
`,
		'data/chapters/01-one.md': `---
id: one
order: 1
title: One
kicker: Harbourtown, July 2022
dates:
  from: 2022-07-15
summary: What happened.
places: [harbourtown, fixtureland]
quotes: [rama-small]
notes:
  - A note.
question: Why?
---

It began in [Harbourtown](place:harbourtown).[^doc: the damage can be regarded as small]

Second paragraph.[^doc: Harbourtown and Fixtureland
recovered. The end]
`
	};
}

function problems(files: ContentFiles, countries?: ReadonlySet<string>): string[] {
	try {
		validateContent(files, { countries });
	} catch (e) {
		if (e instanceof ContentError)
			return e.message
				.split('\n')
				.slice(1)
				.map((l) => l.trim());
		throw e;
	}
	return [];
}

const edit = (file: string, from: string | RegExp, to: string) => (f: ContentFiles) => {
	const before = f[file]!;
	f[file] = before.replace(from, to);
	if (f[file] === before) throw new Error(`fixture edit did not apply to ${file}: ${from}`);
};

describe('validateContent', () => {
	it('accepts a valid story and builds the index', () => {
		const c = validateContent(valid());
		expect(c.chapters.map((ch) => ch.id)).toEqual(['one']);
		expect(c.places.map((p) => p.slug)).toEqual(['fixtureland', 'harbourtown']);
		expect(c.events[0]).toMatchObject({ precision: 'day', label: '15 July 2022' });
	});

	// Each broken fixture: what an author might do wrong, and the exact line they should see.
	const broken: [string, (f: ContentFiles) => void, string][] = [
		[
			'a misspelt field',
			edit('data/places/harbourtown.yaml', 'approximate: false', 'aproximate: false'),
			'data/places/harbourtown.yaml:6  aproximate: is not a known field (check the spelling)'
		],
		[
			'a missing field',
			edit('data/places/harbourtown.yaml', /description: >-\n.*\n/, ''),
			'data/places/harbourtown.yaml:1  description: is missing'
		],
		[
			'a malformed slug',
			edit('data/places/harbourtown.yaml', 'slug: harbourtown', 'slug: Harbourtownë'),
			'data/places/harbourtown.yaml:1  slug: must be a slug: lowercase ASCII letters, digits and single hyphens (e.g. "porto-romano"), found "Harbourtownë"'
		],
		[
			'a duplicate place slug',
			(f) => {
				f['data/places/harbourtown-2.yaml'] = f['data/places/harbourtown.yaml']!;
			},
			'data/places/harbourtown.yaml:1  slug: duplicate place slug "harbourtown" (also in data/places/harbourtown-2.yaml:1)'
		],
		[
			'a chapter naming a place that does not exist',
			edit(
				'data/chapters/01-one.md',
				'places: [harbourtown, fixtureland]',
				'places: [harbourtown, fixturelnd]'
			),
			'data/chapters/01-one.md:9  places[1]: unknown place "fixturelnd" (did you mean "fixtureland"?)'
		],
		[
			'a quote naming a source that does not exist',
			edit('data/quotes.yaml', 'source: doc', 'source: telegraph'),
			'data/quotes.yaml:6  [0].source: unknown source "telegraph"'
		],
		[
			'a chapter naming a quote that does not exist',
			edit('data/chapters/01-one.md', 'quotes: [rama-small]', 'quotes: [rama-small, rama-big]'),
			'data/chapters/01-one.md:10  quotes[1]: unknown quote "rama-big"'
		],
		[
			'an event naming a chapter that does not exist',
			edit('data/events.yaml', 'chapter: one', 'chapter: two'),
			'data/events.yaml:7  [0].chapter: unknown chapter "two"'
		],
		[
			'a latitude out of range',
			edit('data/places/harbourtown.yaml', 'lat: 41.33', 'lat: 141.33'),
			'data/places/harbourtown.yaml:4  lat: latitude must be between -90 and 90, found 141.33'
		],
		[
			'a longitude out of range',
			edit('data/places/harbourtown.yaml', 'lng: 19.82', 'lng: 199.82'),
			'data/places/harbourtown.yaml:5  lng: longitude must be between -180 and 180, found 199.82'
		],
		[
			'an impossible date',
			edit('data/events.yaml', 'date: 2022-07-15', 'date: 2022-02-30'),
			'data/events.yaml:2  [0].date: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, found "2022-02-30"'
		],
		[
			'a date written in words',
			edit('data/chapters/01-one.md', 'from: 2022-07-15', 'from: 15 July 2022'),
			'data/chapters/01-one.md:7  dates.from: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD, found "15 July 2022"'
		],
		[
			'a date range that ends before it starts',
			edit('data/chapters/01-one.md', '  from: 2022-07-15', '  from: 2022-07-15\n  to: 2022-07'),
			'data/chapters/01-one.md:8  dates.to: is before dates.from (15 July 2022)'
		],
		[
			'a quote not used anywhere',
			edit(
				'data/quotes.yaml',
				/$/,
				`- id: rama-spare
  text: The end
  speaker: Edi Rama
  role: Prime Minister of Fixtureland
  said: not stated
  source: doc
  places: []
`
			),
			'data/quotes.yaml:8  [1].id: quote "rama-spare" is not used by any chapter'
		],
		[
			'a misquote',
			edit('data/quotes.yaml', 'regarded as small', 'regarded as tiny'),
			'data/quotes.yaml:2  [0].text: is not word for word in source "doc" (data/sources/doc.txt): no passage of the document reads so'
		],
		[
			'a quote with its case changed',
			edit('data/quotes.yaml', 'text: failed', 'text: Failed'),
			'data/quotes.yaml:2  [0].text: is not word for word in source "doc" (data/sources/doc.txt): no passage of the document reads so'
		],
		[
			'a quote with a negation inserted in brackets',
			edit('data/quotes.yaml', 'damage can be', 'damage can [not] be'),
			'data/quotes.yaml:2  [0].text: is not word for word in source "doc" (data/sources/doc.txt): the bracketed insertion "[not]" is a negation, which can turn the quote around'
		],
		[
			'a quote joining a lone word from elsewhere',
			edit(
				'data/quotes.yaml',
				'text: failed, and the damage can be regarded as small',
				'text: failed ... small'
			),
			'data/quotes.yaml:2  [0].text: is not word for word in source "doc" (data/sources/doc.txt): joins the lone word "failed" to the rest with "..." (each part of a joined quote must be at least two words): quote the one passage that stands, and give single words in the prose'
		],
		[
			'a claim excerpt that is not in its document',
			edit('data/claims.yaml', 'excerpt: the damage', 'excerpt: all the damage'),
			'data/claims.yaml:7  [0].cells[0].excerpt: is not word for word in source "doc": no passage of the document reads so'
		],
		[
			'a YAML syntax error',
			edit('data/places/harbourtown.yaml', 'name: Harbourtown', 'name: [Harbourtown'),
			'data/places/harbourtown.yaml:3  YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'
		],
		[
			'a chapter without front matter',
			edit('data/chapters/01-one.md', /^---\n/, ''),
			'data/chapters/01-one.md:1  must start with front matter between two "---" lines'
		],
		[
			'a chapter with no prose',
			edit('data/chapters/01-one.md', /---\n\n[\s\S]*$/, '---\n'),
			'data/chapters/01-one.md:15  prose: is empty: write the chapter below the front matter'
		],
		[
			'a prose link to the web',
			edit('data/chapters/01-one.md', '(place:harbourtown)', '(https://example.com)'),
			'data/chapters/01-one.md:16  prose: link "[Harbourtown](https://example.com)" must point to place:<slug>, chapter:<id> or source:<id>'
		],
		[
			'a prose link to an unknown place',
			edit('data/chapters/01-one.md', '(place:harbourtown)', '(place:harbourtowne)'),
			'data/chapters/01-one.md:16  prose: link "[Harbourtown](place:harbourtowne)" points to an unknown place (did you mean "harbourtown"?)'
		],
		[
			'an approximate place without a radius',
			edit('data/places/harbourtown.yaml', 'approximate: false', 'approximate: true'),
			'data/places/harbourtown.yaml:1  radiusKm: is required when approximate is true'
		],
		[
			'a country without its polygon',
			edit('data/places/fixtureland.yaml', 'polygon: "008"\n', ''),
			'data/places/fixtureland.yaml:1  polygon: is required for a country'
		],
		[
			'a place kind that does not exist',
			edit('data/places/harbourtown.yaml', 'kind: city', 'kind: town'),
			'data/places/harbourtown.yaml:3  kind: Invalid option: expected one of "city"|"port"|"country"|"site"|"region"|"sea", found "town"'
		],
		[
			'a place no sentence of the documents names',
			edit('data/places/harbourtown.yaml', 'name: Harbourtown', 'name: Harbortowne'),
			'data/places/harbourtown.yaml:2  name: no sentence of the documents names "Harbortowne": add to names the spelling the documents use (e.g. one without accents)'
		],
		[
			'a place whose names the documents do not use either',
			edit(
				'data/places/harbourtown.yaml',
				'name: Harbourtown',
				'name: Harbortowne\nnames: [Harbortown]'
			),
			'data/places/harbourtown.yaml:3  names: no sentence of the documents names "Harbortowne" or "Harbortown": add to names the spelling the documents use (e.g. one without accents)'
		],
		[
			'another name no document uses',
			edit(
				'data/places/harbourtown.yaml',
				'name: Harbourtown',
				'name: Harbourtown\nnames: [Harbortowne]'
			),
			'data/places/harbourtown.yaml:3  names[0]: "Harbortowne" stands in no sentence of the documents: list only names the documents use'
		],
		[
			'another name that repeats the name',
			edit(
				'data/places/harbourtown.yaml',
				'name: Harbourtown',
				'name: Harbourtown\nnames: [Harbourtown]'
			),
			'data/places/harbourtown.yaml:3  names[0]: "Harbourtown" is already given as name'
		],
		[
			'an empty list of other names',
			edit('data/places/harbourtown.yaml', 'name: Harbourtown', 'name: Harbourtown\nnames: []'),
			'data/places/harbourtown.yaml:3  names: must list at least one name (or leave the field out)'
		],
		[
			'a source without its document text',
			(f) => {
				delete f['data/sources/doc.txt'];
			},
			'data/sources/doc.yaml:1  id: has no document text: add data/sources/doc.txt (the full text quotes are checked against)'
		],
		[
			'a claim without a cell for every source',
			edit('data/claims.yaml', / {2}cells:[\s\S]*$/, '  cells: []\n'),
			'data/claims.yaml:3  [0].cells: has no cell for source "doc"'
		],
		[
			'two chapters with the same order',
			(f) => {
				f['data/chapters/02-two.md'] = f['data/chapters/01-one.md']!.replace('id: one', 'id: two');
			},
			'data/chapters/02-two.md:3  order: duplicate chapter order "1" (also in data/chapters/01-one.md:3)'
		],
		[
			'a quote date marked implied that no passage gives',
			edit('data/quotes.yaml', 'said: not stated', 'said: not stated\n  saidImplied: true'),
			'data/quotes.yaml:6  [0].saidImplied: cannot be true for a date that is "not stated": a date no passage gives is not implied'
		],
		[
			'an implied quote date without the wording it is read from',
			edit('data/quotes.yaml', 'said: not stated', 'said: 2022-09\n  saidImplied: true'),
			'data/quotes.yaml:1  [0].saidNote: is required when the date is implied: say how the document puts it'
		],
		[
			'an implied chapter date without the wording it is read from',
			edit('data/chapters/01-one.md', '  from: 2022-07-15', '  from: 2022-07-15\n  implied: true'),
			'data/chapters/01-one.md:7  dates.note: is required when the date is implied: say how the document puts it'
		],
		[
			'a chapter with implied dates whose kicker gives the date unmarked',
			edit(
				'data/chapters/01-one.md',
				'  from: 2022-07-15',
				'  from: 2022-07-15\n  implied: true\n  note: The report says "on Friday".'
			),
			'data/chapters/01-one.md:5  kicker: gives a date the documents only imply (dates.implied): add "(implied)" after it'
		],
		[
			'a missing story file',
			(f) => {
				delete f['data/story.yaml'];
			},
			'data/story.yaml  is missing'
		]
	];

	it.each(broken)('rejects %s, naming the file, line and field', (_, mutate, message) => {
		const files = valid();
		mutate(files);
		expect(problems(files), problems(files).join('\n')).toContain(message);
	});

	it('keeps implied dates on quotes and chapters, with their wording', () => {
		const files = valid();
		edit(
			'data/quotes.yaml',
			'said: not stated',
			'said: 2022-09\n  saidImplied: true\n  saidNote: The report says "on Saturday".'
		)(files);
		edit(
			'data/chapters/01-one.md',
			'kicker: Harbourtown, July 2022\ndates:\n  from: 2022-07-15',
			'kicker: Harbourtown, July 2022 (implied)\ndates:\n  from: 2022-07-15\n  implied: true\n  note: "On Friday."'
		)(files);
		const c = validateContent(files);
		expect(c.quotes[0]).toMatchObject({ said: '2022-09', saidImplied: true });
		expect(c.chapters[0]!.dates).toEqual({ from: '2022-07-15', implied: true, note: 'On Friday.' });
	});

	it('does not call the quotes of a chapter with another problem unused', () => {
		const files = valid();
		edit('data/chapters/01-one.md', 'order: 1', 'ordr: 1')(files);
		expect(problems(files)).toEqual([
			'data/chapters/01-one.md:2  order: is missing',
			'data/chapters/01-one.md:3  ordr: is not a known field (check the spelling)'
		]);
	});

	it('reports every problem at once, not only the first', () => {
		const files = valid();
		edit('data/places/harbourtown.yaml', 'lat: 41.33', 'lat: 141.33')(files);
		edit('data/events.yaml', 'chapter: one', 'chapter: two')(files);
		expect(problems(files)).toHaveLength(2);
	});
});

describe('validateContent says what was found and what was expected', () => {
	const typed: [string, (f: ContentFiles) => void, string][] = [
		[
			'a longitude written as text',
			edit('data/places/harbourtown.yaml', 'lng: 19.82', 'lng: "19.82"'),
			'data/places/harbourtown.yaml:5  lng: expected a number, found "19.82" (text, in quote marks: write the number without them)'
		],
		[
			'an order written in words',
			edit('data/chapters/01-one.md', 'order: 1', 'order: two'),
			'data/chapters/01-one.md:3  order: expected a number, found "two"'
		],
		[
			'an order that is not whole',
			edit('data/chapters/01-one.md', 'order: 1', 'order: 2.5'),
			'data/chapters/01-one.md:3  order: must be a whole number, found 2.5'
		],
		[
			'"no" for true or false',
			edit('data/places/harbourtown.yaml', 'approximate: false', 'approximate: "no"'),
			'data/places/harbourtown.yaml:6  approximate: expected true or false, found "no"'
		],
		[
			'a latitude that is not a number',
			edit('data/places/harbourtown.yaml', 'lat: 41.33', 'lat: .nan'),
			'data/places/harbourtown.yaml:4  lat: expected a number, found NaN (not a number)'
		],
		[
			'an empty place file',
			(f) => {
				f['data/places/harbourtown.yaml'] = '';
			},
			'data/places/harbourtown.yaml  is empty: expected fields (name: value)'
		],
		[
			'a year in the future',
			edit('data/events.yaml', 'date: 2022-07-15', 'date: 2987-07-15'),
			`data/events.yaml:2  [0].date: is later than ${new Date().getUTCFullYear()}, the year the site is built: the documents report what has happened, found "2987-07-15"`
		],
		[
			'a YAML alias bomb',
			(f) => {
				const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
				for (let i = 1; i < 12; i++)
					lines.push(
						`a${i}: &a${i} [${Array(10)
							.fill(`*a${i - 1}`)
							.join(', ')}]`
					);
				f['data/places/harbourtown.yaml'] = lines.join('\n') + '\n';
			},
			'data/places/harbourtown.yaml:1  YAML: cannot be read (Excessive alias count indicates a resource exhaustion attack): a content file needs at most 100 aliases (*name)'
		],
		[
			'bytes that are not UTF-8',
			(f) => {
				// what reading a Latin-1 "Valparaíso" as UTF-8 gives
				f['data/places/harbourtown.yaml'] = f['data/places/harbourtown.yaml']!.replace(
					'The capital.',
					'Near Valpara\uFFFDso.'
				);
			},
			'data/places/harbourtown.yaml:8  is not UTF-8 text (a byte here is not UTF-8): save the file as UTF-8'
		],
		[
			'a chapter whose ending is in capitals',
			(f) => {
				f['data/chapters/02-two.MD'] = f['data/chapters/01-one.md']!;
			},
			'data/chapters/02-two.MD  is not read by the build (it reads chapters/NN-<id>.md: check the name and its ending)'
		],
		[
			'a country that is not in the basemap',
			edit('data/places/fixtureland.yaml', 'polygon: "008"', 'polygon: "99999"'),
			'data/places/fixtureland.yaml:7  polygon: "99999" is not a country of the basemap (a world-atlas id such as "008", or a name such as "Kosovo")'
		],
		[
			'a chapter far longer than any story needs',
			edit('data/chapters/01-one.md', 'Second paragraph.', 'Word '.repeat(5000)),
			'data/chapters/01-one.md  is 25,353 characters long: the most a chapter may be is 20,000'
		]
	];

	it.each(typed)('rejects %s', (_, mutate, message) => {
		const files = valid();
		mutate(files);
		const found = problems(files, new Set(['008', 'Kosovo']));
		expect(found, found.join('\n')).toEqual([message]);
	});

	it('names a place file with the wrong ending once, not at every reference to it', () => {
		const files = valid();
		files['data/places/harbourtown.yml'] = files['data/places/harbourtown.yaml']!;
		delete files['data/places/harbourtown.yaml'];
		expect(problems(files)).toEqual([
			'data/places/harbourtown.yml  is not read by the build (it reads places/<slug>.yaml: check the name and its ending)'
		]);
	});

	it('reports a malformed slug once, not at every reference to the place', () => {
		const files = valid();
		edit('data/places/harbourtown.yaml', 'slug: harbourtown', 'slug: Harbourtownë')(files);
		expect(problems(files)).toHaveLength(1);
	});

	it('reads a chapter with a byte-order mark before its front matter', () => {
		const files = valid();
		files['data/chapters/01-one.md'] = '\uFEFF' + files['data/chapters/01-one.md']!;
		expect(problems(files)).toEqual([]);
	});
});

describe('validateContent: evidence', () => {
	const chapter = 'data/chapters/01-one.md';
	it('fails a paragraph that cites no passage, naming its line and first words', () => {
		const f = valid();
		edit(chapter, /\[\^doc: the damage can be regarded as small\]/, '')(f);
		expect(problems(f)).toEqual([
			'data/chapters/01-one.md:16  prose: paragraph "It began in Harbourtown." cites no passage: add [^<source-id>: <exact passage>] after the sentence it rests on'
		]);
	});
	it('fails a cited passage that is not word for word, on the line it starts', () => {
		const f = valid();
		edit(
			chapter,
			'Harbourtown and Fixtureland\nrecovered',
			'Harbourtown and Fixtureland\nrecovered fully'
		)(f);
		expect(problems(f)).toEqual([
			expect.stringMatching(
				/^data\/chapters\/01-one\.md:18 {2}prose: cited passage "Harbourtown and Fixtureland recovered fully\. The end" is not word for word in source "doc" \(data\/sources\/doc\.txt\): /
			)
		]);
	});
	it('fails a passage joined from parts, one too short, and an unknown document', () => {
		const f = valid();
		edit(
			chapter,
			'the damage can be regarded as small]',
			'the damage ... as small] More.[^doc: The end] And.[^dco: the damage can be regarded as small]'
		)(f);
		expect(problems(f)).toEqual([
			'data/chapters/01-one.md:16  prose: cited passage "the damage ... as small" is joined from parts: cite one run of the document\'s words, with no "..." or [brackets]',
			'data/chapters/01-one.md:16  prose: cited passage "The end" has 2 words: cite at least 5, enough to find it and read it in context',
			'data/chapters/01-one.md:16  prose: cites unknown source "dco" (did you mean "doc"?)'
		]);
	});
	it('fails a place description that cites no passage, or cites one not in the document', () => {
		const f = valid();
		edit('data/places/harbourtown.yaml', /\[\^doc:[^\]]*\]/, '')(f);
		edit('data/places/fixtureland.yaml', 'recovered. The end]', 'recovered at once]')(f);
		expect(problems(f)).toEqual([
			expect.stringMatching(
				/^data\/places\/fixtureland\.yaml:9 {2}description: cited passage "Harbourtown and Fixtureland recovered at once" is not word for word in source "doc"/
			),
			'data/places/harbourtown.yaml:7  description: cites no passage: add [^<source-id>: <exact passage>] after the sentence it rests on'
		]);
	});
	it('shows a place description without its markers, and keeps them as prose', () => {
		const place = validateContent(valid()).places.find((p) => p.slug === 'harbourtown')!;
		expect(place.description).toBe('The capital.');
		expect(place.descriptionProse[0]).toContainEqual(
			expect.objectContaining({
				type: 'cite',
				source: 'doc',
				passage: 'Harbourtown and Fixtureland recovered. The end'
			})
		);
	});
	it('fails an event with no cites, and a cite of a document that is not among its sources', () => {
		const f = valid();
		edit(
			'data/events.yaml',
			/ {2}cites:\n {4}- source: doc\n {6}passage: the damage can be regarded as small\n/,
			''
		)(f);
		expect(problems(f)).toEqual([
			'data/events.yaml:6  [0].sources: event "attack" cites no passage: add cites: [{ source, passage }] with the words of its sources that give it'
		]);
		const g = valid();
		g['data/sources/other.yaml'] = g['data/sources/doc.yaml']!.replace(
			'id: doc',
			'id: other'
		).replace('000.txt', '001.txt');
		g['data/sources/other.txt'] = g['data/sources/doc.txt']!;
		edit(
			'data/claims.yaml',
			'      excerpt: the damage can be regarded as small\n',
			'      excerpt: the damage can be regarded as small\n    - source: other\n      verdict: silent\n      says: Nothing.\n'
		)(g);
		edit('data/events.yaml', '    - source: doc\n', '    - source: other\n')(g);
		expect(problems(g)).toEqual([
			'data/events.yaml:9  [0].cites[0].source: "other" is not one of the event\'s sources (doc): cite a source it names, or add it to sources'
		]);
	});
	it('fails a claim cell that reports without an excerpt', () => {
		const f = valid();
		edit('data/claims.yaml', '      excerpt: the damage can be regarded as small\n', '')(f);
		expect(problems(f)).toEqual([
			'data/claims.yaml:6  [0].cells[0].says: a cell that reports cites its passage: add excerpt, the words of "doc" it rests on'
		]);
	});
	it('says how to write a description that holds a citation, where YAML cannot read it', () => {
		const f = valid();
		edit(
			'data/places/harbourtown.yaml',
			'description: >-\n  The capital.',
			'description: The capital.'
		)(f);
		expect(problems(f)).toEqual([
			'data/places/harbourtown.yaml:7  YAML: Nested mappings are not allowed in compact mappings (a value holding a citation [^<source-id>: <passage>] must be a block: write "description: >-" and the text on the lines below, indented)'
		]);
	});
});
