// 404.html is served at any unknown address, even one that does not decode (/%E0%A4%A), where
// SvelteKit's router would throw while starting. The page is text and links: it needs no JavaScript.
export const csr = false;
