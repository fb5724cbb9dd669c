/**
 * The ids that tie a citation's marker in the prose to its note (Prose, EvidenceNotes and the
 * popover that shows a note beside its marker: story/evidence-popover.ts).
 */
export const markerId = (prefix: string, n: number) => `${prefix}-cite-${n}`;
export const noteId = (prefix: string, n: number) => `${prefix}-note-${n}`;
