// The story's content folder, served by scripts/vite-content.ts.
declare module 'virtual:content' {
	/** The content folder the files came from, as a path in the project ("data"). */
	export const dir: string;
	/** Every file, keyed "data/<path in the folder>". */
	const files: Record<string, string>;
	export default files;
}
declare module 'virtual:basemap-tiers' {
	/** basemap/tiers.yaml's list, unchecked (the validator checks it). */
	const tiers: unknown[];
	export default tiers;
}
