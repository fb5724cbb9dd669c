import { describe, expect, it } from 'vitest';
import { readContentDir } from '$lib/content/read-files.server';
import { validateContent } from '$lib/content/validate';
import { renderChapters } from './chapters-html';
import type { ChapterView } from '$lib/content/views';

const content = validateContent(readContentDir('tests/fixtures/harbour-parcel'));
const places = Object.fromEntries(content.places.map((p) => [p.slug, p]));

const hostile: ChapterView['quotes'][number] = {
	id: 'q',
	text: '</p><script>alert(1)</script>',
	speaker: 'A <b>speaker</b>',
	role: 'role" onmouseover="x',
	said: 'not stated',
	source: { id: 'bulletin', short: 'The fixture bulletin', headline: 'not stated' }
} as ChapterView['quotes'][number];

const chapter = {
	id: 'hostile',
	order: 1,
	kicker: 'Kicker <i>',
	title: 'A title with <img src=x onerror=alert(1)>',
	dates: { from: '2021-03-04' },
	paragraphs: [
		[
			{ type: 'text' as const, text: 'Text <script>alert(2)</script> & more' },
			{ type: 'cite' as const, source: 'bulletin', passage: 'a <b>passage</b>', line: 1 }
		]
	],
	evidence: [
		{
			source: { id: 'bulletin', short: 'The <i>bulletin', headline: 'not stated' },
			before: 'Before <b>',
			passage: 'a <b>passage</b>',
			after: ' after.',
			href: '/sources/bulletin#passage-a-b-1'
		}
	],
	quotes: [hostile],
	places: ['santiago']
};

describe('renderChapters', () => {
	const html = renderChapters([chapter], places);

	it('escapes every text it writes: no markup from content', () => {
		expect(html).not.toMatch(/<script|<img|<b>|<i>/);
		expect(html).toContain('Text &lt;script>alert(2)&lt;/script> &amp; more');
		expect(html).toContain('A title with &lt;img src=x onerror=alert(1)>');
		// Quotes in text are text: the role stays inside its span, no attribute comes of it.
		expect(html).toContain('<span class="role">role" onmouseover="x</span>');
	});

	it('numbers each citation and links its marker and its note both ways', () => {
		expect(html).toMatch(
			/<a class="cite" id="hostile-cite-1" href="#hostile-note-1" aria-label="Source 1" data-cite="">1<\/a>/
		);
		expect(html).toContain('<li id="hostile-note-1"><a class="back" href="#hostile-cite-1"');
		expect(html).toContain(
			'“Before &lt;b><q data-source="bulletin">a &lt;b>passage&lt;/b></q> after.”'
		);
		expect(html).toContain(
			'<a class="doc" href="/sources/bulletin#passage-a-b-1">The &lt;i>bulletin</a>'
		);
	});

	it('leaves no hydration markers in markup that is never hydrated', () => {
		expect(html).not.toContain('<!--');
	});

	it('renders every chapter of the story with its heading, tools slot and places', () => {
		const all = renderChapters(
			content.chapters.map((c) => ({
				...c,
				evidence: [],
				quotes: c.quotes.map((id) => {
					const q = content.quotes.find((x) => x.id === id)!;
					return { ...q, source: { id: q.source, short: q.source, headline: 'not stated' } };
				})
			})),
			places
		);
		for (const c of content.chapters) {
			expect(all).toContain(`<section id="${c.id}" class="chapter"`);
			expect(all).toContain(`data-tools="${c.id}"`);
		}
		expect(all.match(/<figure class="quote"/g)?.length).toBe(
			content.chapters.reduce((n, c) => n + c.quotes.length, 0)
		);
	});
});
