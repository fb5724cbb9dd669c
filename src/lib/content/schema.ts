/**
 * The content model. Every file in data/ is checked against these schemas; unknown fields are
 * errors (strict objects), so a typo fails the build instead of being silently ignored.
 */
import { z } from 'zod';
import { NOT_STATED } from './dates';
import { date, lat, latLng, lng, slug, statedDate, text } from './schema-fields';

export { NOT_STATED, slug };

export const storySchema = z.strictObject({
	title: text,
	subtitle: text,
	description: text,
	/** How the story was made: shown at the end and on /sources. */
	method: text,
	language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language tag such as "en"'),
	/**
	 * What the story is about, as words that follow "the story of" and "the documents about" on
	 * the places and timeline pages (e.g. "the 1906 earthquake in San Francisco").
	 */
	about: text,
	/**
	 * How far the story's map reaches, as words that follow "every place in the story," in the
	 * overview map's descriptions and alt texts (e.g. "from Lisbon to Lima").
	 */
	reach: text,
	/**
	 * What the sources are, in the plural: the site counts them ("five news documents"). Written
	 * lowercase, as it stands mid-sentence.
	 */
	documents: text,
	/** The overview of the whole story on the map. */
	overview: z.strictObject({ bounds: z.tuple([latLng, latLng]) })
});

export const sourceSchema = z.strictObject({
	id: slug,
	/** The file name of the original document (for traceability). */
	document: text,
	/** What the site calls it in tables and lists, e.g. "RFE/RL" or "Alice Taylor's report". */
	short: text,
	outlet: text,
	headline: text,
	author: text,
	date: statedDate,
	/** Only where the document itself gives an address. */
	url: z.url({ protocol: /^https$/ }).optional(),
	/** How the address was read from the document (e.g. a line break removed). */
	urlNote: text.optional(),
	/** One paragraph, our words: what the document covers. */
	summary: text,
	/** One paragraph, our words: how it frames the events. */
	framing: text
});

export const placeKinds = ['city', 'port', 'country', 'site', 'region', 'sea'] as const;
export const placeSchema = z
	.strictObject({
		slug,
		name: text,
		/**
		 * Other names and spellings the documents use for the place ("Durres" for Durrës, "UK"):
		 * with its name, how the passages of the documents that name it are found.
		 */
		names: z
			.array(text.refine((n) => n.length >= 2, 'must be at least two characters'))
			.min(1, 'must list at least one name (or leave the field out)')
			.optional(),
		kind: z.enum(placeKinds),
		lat,
		lng,
		/** True when the documents give no exact position (drawn as an area, not a pin). */
		approximate: z.boolean(),
		/** Radius of the area drawn for an approximate place. */
		radiusKm: z.number().positive('must be a positive number of kilometres').max(500).optional(),
		/** For a country: its id or name in the basemap (world-atlas: "008", or "Kosovo"). */
		polygon: text.optional(),
		description: text,
		/** How the position was chosen, where a reader might ask. */
		positionNote: text.optional()
	})
	.superRefine((p, ctx) => {
		p.names?.forEach((n, i) => {
			const again =
				n === p.name ? 'name' : p.names!.indexOf(n) < i ? `names[${p.names!.indexOf(n)}]` : null;
			if (again)
				ctx.addIssue({
					code: 'custom',
					path: ['names', i],
					message: `"${n}" is already given as ${again}`
				});
		});
		if (p.approximate && p.radiusKm === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['radiusKm'],
				message: 'is required when approximate is true'
			});
		if (p.kind === 'country' && p.polygon === undefined)
			ctx.addIssue({ code: 'custom', path: ['polygon'], message: 'is required for a country' });
	});

/** What an implied date needs: "not stated" is never implied, and the wording is kept. */
const impliedIssues = (
	d: { date: string; implied?: boolean; note?: string },
	where: { implied: string[]; note: string[] },
	ctx: z.RefinementCtx
) => {
	if (!d.implied) return;
	if (d.date === NOT_STATED)
		ctx.addIssue({
			code: 'custom',
			path: where.implied,
			message: `cannot be true for a date that is "${NOT_STATED}": a date no passage gives is not implied`
		});
	else if (d.note === undefined)
		ctx.addIssue({
			code: 'custom',
			path: where.note,
			message: 'is required when the date is implied: say how the document puts it'
		});
};

export const quoteSchema = z
	.strictObject({
		id: slug,
		/** Word for word from the source document; "..." joins parts of one passage. */
		text,
		speaker: text,
		role: text,
		said: statedDate,
		/** True when the document only implies when it was said ("on Saturday", its own date). */
		saidImplied: z.boolean().optional(),
		/** How the document puts that date, where it is implied. */
		saidNote: text.optional(),
		/** How or where it was said, as the document puts it ("on Twitter", "in a video statement"). */
		how: text.optional(),
		source: slug,
		places: z.array(slug)
	})
	.superRefine((q, ctx) =>
		impliedIssues(
			{ date: q.said, implied: q.saidImplied, note: q.saidNote },
			{ implied: ['saidImplied'], note: ['saidNote'] },
			ctx
		)
	);
export const quotesFileSchema = z.array(quoteSchema);

export const eventSchema = z.strictObject({
	id: slug,
	date,
	/** True when the documents only imply the date (e.g. "on Saturday", "last summer"). */
	implied: z.boolean(),
	/** How the document puts the date, where it is implied. */
	dateNote: text.optional(),
	title: text,
	/** Where it happened; empty when no document says. */
	places: z.array(slug),
	sources: z.array(slug).min(1, 'must name at least one source'),
	/** The passages of its sources that give it (checked word for word: content/evidence.ts). */
	cites: z.array(z.strictObject({ source: slug, passage: text })).optional(),
	chapter: slug
});
export const eventsFileSchema = z.array(eventSchema);

export const connectionSchema = z.strictObject({
	from: slug,
	to: slug,
	label: text
});

export const chapterSchema = z
	.strictObject({
		id: slug,
		order: z.number().int('must be a whole number').positive('must be 1 or more'),
		title: text,
		/** A short line above the title (e.g. "Tirana, July 2022"). */
		kicker: text,
		dates: z.strictObject({
			from: date,
			to: date.optional(),
			/** True when the documents only imply these dates ("on Wednesday evening", "last summer"). */
			implied: z.boolean().optional(),
			/** How the documents put the dates, where they are implied. */
			note: text.optional()
		}),
		/** One or two sentences: the slide's text and the link preview's description. */
		summary: text,
		places: z.array(slug).min(1, 'must name at least one place'),
		quotes: z.array(slug),
		/** An explicit map view; otherwise the map fits the chapter's places. */
		view: z.strictObject({ center: latLng, zoom: z.number().min(1).max(18) }).optional(),
		connections: z.array(connectionSchema).optional(),
		/** Speaker notes for the presenter: key facts. */
		notes: z.array(text).min(1, 'needs at least one presenter note'),
		/** A question to ask the class. */
		question: text
	})
	.superRefine((ch, ctx) => {
		impliedIssues(
			{ date: ch.dates.from, implied: ch.dates.implied, note: ch.dates.note },
			{ implied: ['dates', 'implied'], note: ['dates', 'note'] },
			ctx
		);
		// The kicker is the chapter's date on a slide: it must say so too.
		if (ch.dates.implied && /\d{4}/.test(ch.kicker) && !ch.kicker.includes('(implied)'))
			ctx.addIssue({
				code: 'custom',
				path: ['kicker'],
				message: 'gives a date the documents only imply (dates.implied): add "(implied)" after it'
			});
	});

export type Story = z.infer<typeof storySchema>;
export type SourceMeta = z.infer<typeof sourceSchema>;
export type PlaceKind = (typeof placeKinds)[number];
export type Place = z.infer<typeof placeSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type EventEntry = z.infer<typeof eventSchema>;
export type Connection = z.infer<typeof connectionSchema>;
export type ChapterMeta = z.infer<typeof chapterSchema>;

export const verdicts = ['reports', 'differs', 'silent'] as const;
export const claimSchema = z.strictObject({
	id: slug,
	/** The question the row answers, e.g. "Who carried out the July attack?" */
	claim: text,
	/** One cell per source document, in any order; every source must have its cell. */
	cells: z.array(
		z.strictObject({
			source: slug,
			/** reports: says it; differs: says something else; silent: does not say. */
			verdict: z.enum(verdicts),
			/** Our words: what the document says on this point. */
			says: text,
			/** A short exact passage from the document, word for word. */
			excerpt: text.optional()
		})
	)
});
export const claimsFileSchema = z.array(claimSchema);
export type Claim = z.infer<typeof claimSchema>;
export type Verdict = (typeof verdicts)[number];

/** The basemap's tiers (basemap/tiers.yaml in the content folder), made by `npm run data:basemap`. */
export const tierKinds = ['countries', 'coast'] as const;
export const tierSchema = z
	.strictObject({
		/** The file basemap/<name>.json, and the tier's name on the map (data-tiers). */
		name: slug,
		/** countries: an object `countries`; coast: objects `land` and `sea` tiling the box. */
		kind: z.enum(tierKinds),
		/** [[south, west], [north, east]] the tier covers. */
		box: z.tuple([latLng, latLng]),
		/** The tier is loaded from this zoom on, when the view touches its box. */
		minZoom: z.number().int('must be a whole number').min(0).max(18)
	})
	.superRefine((t, ctx) => {
		const [[s, w], [n, e]] = t.box;
		if (!(s < n && w < e))
			ctx.addIssue({
				code: 'custom',
				path: ['box'],
				message: `must be [[south, west], [north, east]] with south < north and west < east (found ${JSON.stringify(t.box)})`
			});
	});
export const basemapSchema = z.strictObject({
	tiers: z.array(tierSchema).min(1, 'must list the tiers, the world first')
});
export type Tier = z.infer<typeof tierSchema>;
export type TierKind = (typeof tierKinds)[number];
