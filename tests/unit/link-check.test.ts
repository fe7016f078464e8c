import { describe, expect, it } from 'vitest';
import { findBrokenLinks, linksIn } from '../../src/lib/link-check.ts';

const pages = new Map([
  ['/', '<a href="/a/">A</a> <a href="/a/#x">x</a> <a href="https://example.org/">ext</a> <link href="/style.css">'],
  ['/a/', '<h2 id="x">X</h2><a href="../">home</a><a href="#y">missing fragment</a><a href="/b/">missing page</a><a href="/a">no slash</a>'],
]);

describe('findBrokenLinks', () => {
  it('reports missing pages, missing fragments and missing trailing slashes, and nothing else', () => {
    expect(findBrokenLinks(pages, new Set(['/style.css']))).toEqual([
      { page: '/a/', href: '#y', reason: 'no element with id "y" on /a/' },
      { page: '/a/', href: '/b/', reason: 'no such page or file' },
      { page: '/a/', href: '/a', reason: 'missing trailing slash' },
    ]);
  });
  it('reports a missing asset', () => {
    expect(findBrokenLinks(new Map([['/', '<link href="/gone.css">']]))).toEqual([{ page: '/', href: '/gone.css', reason: 'no such page or file' }]);
  });
  it('ignores URLs inside scripts and decodes entities', () => {
    expect(linksIn('<script type="application/ld+json">{"x":" href=\\"/nope/\\""}</script><a href="/q/?a=1&amp;b=2">q</a>')).toEqual(['/q/?a=1&b=2']);
  });
});
