// Before a build: without SITE_ORIGIN, every address that must be absolute points at localhost.
// Say which, so a deploy is not published with link previews that no one else can open.
if (!process.env.SITE_ORIGIN?.trim()) {
	console.log(
		[
			'Note: SITE_ORIGIN is not set, so these point at http://localhost:4173, which only this machine can open:',
			'  link previews (og:image, og:url), canonical links, sitemap.xml and robots.txt,',
			"  the handout's links and QR codes, and the embed code.",
			'  Fine for a local build; for a deploy: SITE_ORIGIN=https://example.org [BASE_PATH=/path] npm run build'
		].join('\n')
	);
}
