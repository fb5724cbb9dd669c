import type { HandleServerError } from '@sveltejs/kit';
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
