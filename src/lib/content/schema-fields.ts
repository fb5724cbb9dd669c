/**
 * The fields the content model's schemas are made of: text, slugs, dates and positions, each with
 * the message an author sees when a value is not one.
 */
import { z } from 'zod';
import { isPartialDate, NOT_STATED } from './dates';

export const text = z.string().trim().min(1, 'must not be empty');
export const slug = z
	.string()
	.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be a slug: lowercase ASCII letters, digits and single hyphens (e.g. "porto-romano")'
	);
/** The documents report the past: a date later than the year of the build is a typo. */
const thisYear = new Date().getUTCFullYear();
const notLater = (v: string) => !isPartialDate(v) || Number(v.slice(0, 4)) <= thisYear;
const notLaterMessage = `is later than ${thisYear}, the year the site is built: the documents report what has happened`;
export const date = z
	.string()
	.refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD')
	.refine(notLater, notLaterMessage);
/** A date, or "not stated" where the document does not say. */
export const statedDate = z
	.string()
	.refine(
		(v) => v === NOT_STATED || isPartialDate(v),
		`must be a real date (YYYY, YYYY-MM or YYYY-MM-DD) or "${NOT_STATED}"`
	)
	.refine(notLater, notLaterMessage);
export const lat = z
	.number()
	.min(-90, 'latitude must be between -90 and 90')
	.max(90, 'latitude must be between -90 and 90');
export const lng = z
	.number()
	.min(-180, 'longitude must be between -180 and 180')
	.max(180, 'longitude must be between -180 and 180');
export const latLng = z.tuple([lat, lng]);
