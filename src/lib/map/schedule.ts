/**
 * Lets the browser paint and answer input before the next piece of work: the live map starts in
 * several small tasks instead of one long one (a long task is a page that does not scroll).
 */
export function yieldToMain(): Promise<void> {
	if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function')
		return scheduler.yield();
	return new Promise((done) => setTimeout(done, 0));
}
