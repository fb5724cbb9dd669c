// Served by the service worker (src/service-worker.ts) in place of a page it has not saved, at
// that page's address, while the network is down. Text and links only: it needs no JavaScript,
// and without it SvelteKit never tries to start a route that does not match the address.
export const csr = false;
