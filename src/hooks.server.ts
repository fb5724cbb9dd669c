import type { Handle, HandleServerError } from '@sveltejs/kit';
import { fillFragments } from '$lib/server/fragments';
import { ContentError } from '$lib/content/validate';

/**
 * A content problem is the author's to fix, not a secret: show its file:line  field: problem list
 * (in `npm run dev`; a build stops on it before any page is written). Anything else stays a plain
 * "Internal Error", as SvelteKit has it.
 */
export const handleError: HandleServerError = ({ error }) => {
	if (error instanceof ContentError) return { message: error.message };
	return { message: 'Internal Error' };
};

/** Writes each page's build-time markup into it (src/lib/server/fragments.ts). */
export const handle: Handle = async ({ event, resolve }) => {
	let page = '';
	return resolve(event, {
		// A page comes in one chunk unless it streams (none here): gather, then fill at the end.
		transformPageChunk: ({ html, done }) => {
			page += html;
			return done ? fillFragments(page, event.locals.fragments) : '';
		}
	});
};
