import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slashCopyPath, withCanonical, writeSlashCopies } from './slash-copies.mjs';

describe('slashCopyPath', () => {
	it('puts a page in a folder of its name, as index.html', () => {
		expect(slashCopyPath('places/durres.html')).toBe('places/durres/index.html');
		expect(slashCopyPath('present/ports/presenter.html')).toBe(
			'present/ports/presenter/index.html'
		);
		expect(slashCopyPath('sources.html')).toBe('sources/index.html');
	});

	it('leaves out the root, other index pages, the 404 page and what is not a page', () => {
		expect(slashCopyPath('index.html')).toBeNull();
		expect(slashCopyPath('places/index.html')).toBeNull();
		expect(slashCopyPath('404.html')).toBeNull();
		expect(slashCopyPath('sitemap.xml')).toBeNull();
	});
});

describe('withCanonical', () => {
	it('adds a canonical link to the end of the head when there is none', () => {
		expect(
			withCanonical('<html><head><title>x</title></head><body></body>', 'http://a/b?c&d')
		).toBe(
			'<html><head><title>x</title><link rel="canonical" href="http://a/b?c&amp;d"></head><body></body>'
		);
	});

	it('keeps the canonical link the page has', () => {
		const html = '<head><link rel="canonical" href="http://a/x"/></head>';
		expect(withCanonical(html, 'http://a/y')).toBe(html);
	});
});

describe('writeSlashCopies', () => {
	let dir: string;
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slash-copies-'));
		fs.mkdirSync(path.join(dir, 'places'));
		fs.writeFileSync(path.join(dir, 'index.html'), '<head></head>root');
		fs.writeFileSync(path.join(dir, 'places/durres.html'), '<head></head>Durrës');
		fs.writeFileSync(path.join(dir, 'sources.html'), '<head></head>sources');
		fs.mkdirSync(path.join(dir, 'sources'));
		fs.writeFileSync(path.join(dir, 'sources/index.html'), 'its own page');
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('copies each page with its canonical address, and never over a page already there', () => {
		const pages = new Map([
			['/base', { file: 'index.html' }],
			['/base/places/durres', { file: 'places/durres.html' }],
			['/base/sources', { file: 'sources.html' }]
		]);
		expect(writeSlashCopies(dir, pages, 'https://example.org')).toBe(1);
		expect(fs.readFileSync(path.join(dir, 'places/durres/index.html'), 'utf8')).toBe(
			'<head><link rel="canonical" href="https://example.org/base/places/durres"></head>Durrës'
		);
		expect(fs.readFileSync(path.join(dir, 'sources/index.html'), 'utf8')).toBe('its own page');
		expect(fs.existsSync(path.join(dir, 'index', 'index.html'))).toBe(false);
	});
});
