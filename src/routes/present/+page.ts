// The way into the slides is text and links: it needs no JavaScript, so the page has no script
// at all, not even SvelteKit's start-up one.
export const csr = false;
