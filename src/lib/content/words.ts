/**
 * The site's own sentences about a story, made from the words its story.yaml gives (about, reach,
 * documents), so no page carries words of one story.
 */
import type { Story } from './schema';

const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const NUMBERS_TEN = ['ten', 'eleven', 'twelve'];

/** A count as it is written in running text: "five", "twelve", "14". */
export function countWord(n: number): string {
	return NUMBERS[n] ?? NUMBERS_TEN[n - 10] ?? String(n);
}

export interface StoryWords {
	/** What the story is about: "the 2022 cyberattacks on Albania". */
	about: string;
	/** The sources, counted: "five news documents". */
	documents: string;
	/** The sources, named without their number: "news documents". */
	documentKind: string;
	/** The count alone: "five". */
	documentCount: string;
	/** "every place in the story, from London to Tehran" */
	everyPlace: string;
	/** The overview map's alt text and link-preview description. */
	mapAlt: string;
}

export function storyWords(story: Pick<Story, 'about' | 'reach' | 'documents'>, sources: number) {
	const count = countWord(sources);
	return {
		about: story.about,
		documents: `${count} ${story.documents}`,
		documentKind: story.documents,
		documentCount: count,
		everyPlace: `every place in the story, ${story.reach}`,
		mapAlt: `Map of the places in the story, ${story.reach}`
	} satisfies StoryWords;
}
