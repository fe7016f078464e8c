import { describe, expect, it } from 'vitest';
import { headingMatches, normaliseHeading } from '../../src/lib/search-rank.ts';

describe('heading matches', () => {
  it('ignores case, punctuation and spacing, but not word forms', () => {
    expect(normaliseHeading('  Making, producing,   etc., child  sexual abuse material ')).toBe('making producing etc child sexual abuse material');
    const ps = [{ id: 'a', heading: 'Place of refuge' }, { id: 'b', heading: 'Places of refuge' }, { id: 'c', heading: 'Interpretation' }];
    expect(headingMatches('places of REFUGE', ps).map((p) => p.id)).toEqual(['b']);
    expect(headingMatches('interpretation.', ps).map((p) => p.id)).toEqual(['c']);
    expect(headingMatches('', ps)).toEqual([]);
  });
});
