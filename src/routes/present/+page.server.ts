import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { content } from '$lib/server/content';

// /present opens the first slide; prerendered, the redirect is a page that forwards at once.
export function load() {
	const first = content.chapters[0];
	if (first) redirect(307, resolve('/present/[id]', { id: first.id }));
	return {};
}
