// The document's page is text and links (a passage's link lands on it by its fragment alone): it
// needs no JavaScript, and so ships its text once, as HTML, not again as hydration data.
export const csr = false;
