// Every page is built ahead of time into static HTML: the story must read with JavaScript off and
// be served by any static host.
export const prerender = true;
