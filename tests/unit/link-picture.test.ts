import { describe, expect, it } from 'vitest';
import { linkCountsByPair, linkMatrixSvg } from '../../src/lib/link-picture.ts';

const links = [
  { from: 'a/s1', to: 'b/art3' },
  { from: 'b/art3', to: 'a/s2' },
  { from: 'a/s1', to: 'a/s2' },
];
describe('link picture', () => {
  it('counts links per unordered pair', () => {
    expect(Object.fromEntries(linkCountsByPair(links))).toEqual({ 'a|b': 2, 'a|a': 1 });
  });
  it('draws an SVG whose numbers and text alternative state the counts', () => {
    const { svg, description } = linkMatrixSvg([{ id: 'a', shortTitle: 'Alpha Act' }, { id: 'b', shortTitle: 'Beta <Protocol>' }], links);
    expect(description).toBe('Cross-links between instruments: 1 within Alpha Act; 2 between Alpha Act and Beta <Protocol>.');
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('Beta &lt;Protocol&gt;');
    expect(svg).toContain('>2</text>');
  });
});
