/**
 * A static SVG, made at build time, of how the instruments are linked: a grid of instruments by instruments, each
 * cell a circle whose area is the number of cross-links between the pair, with the number written in it (so it reads
 * without colour). Returns the SVG and a plain-text description for the text alternative.
 */

export interface PairCount {
  a: string;
  b: string;
  count: number;
}

/** Link counts per unordered pair of instruments (a link inside one instrument counts for that instrument with itself). */
export function linkCountsByPair(links: readonly { from: string; to: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of links) {
    const pair = [l.from.split('/')[0]!, l.to.split('/')[0]!].sort().join('|');
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function linkMatrixSvg(instruments: readonly { id: string; shortTitle: string }[], links: readonly { from: string; to: string }[]): { svg: string; description: string } {
  const counts = linkCountsByPair(links);
  const n = instruments.length;
  const cell = 64;
  const left = 170;
  const top = 150;
  const max = Math.max(1, ...counts.values());
  const count = (a: string, b: string) => counts.get([a, b].sort().join('|')) ?? 0;
  const parts: string[] = [];
  instruments.forEach((inst, i) => {
    const y = top + i * cell + cell / 2;
    parts.push(`<text x="${left - 8}" y="${y + 4}" text-anchor="end" font-size="13">${esc(inst.shortTitle)}</text>`);
    const x = left + i * cell + cell / 2;
    parts.push(`<text x="${x}" y="${top - 8}" font-size="13" transform="rotate(-40 ${x} ${top - 8})">${esc(inst.shortTitle)}</text>`);
  });
  instruments.forEach((a, i) => {
    instruments.forEach((b, j) => {
      if (j < i) return; // the grid is symmetric: draw the upper triangle only
      const c = count(a.id, b.id);
      const cx = left + j * cell + cell / 2;
      const cy = top + i * cell + cell / 2;
      parts.push(`<rect x="${cx - cell / 2}" y="${cy - cell / 2}" width="${cell}" height="${cell}" fill="none" stroke="#c9d0da"/>`);
      if (c > 0) {
        const r = 6 + 22 * Math.sqrt(c / max);
        parts.push(`<circle cx="${cx}" cy="${cy}" r="${r.toFixed(1)}" fill="#0b5cad" fill-opacity="0.18" stroke="#0b5cad"/>`);
        parts.push(`<text x="${cx}" y="${cy + 5}" text-anchor="middle" font-size="14" font-weight="700">${c}</text>`);
      }
    });
  });
  const width = left + n * cell + 20;
  const height = top + n * cell + 20;
  const pairs = instruments.flatMap((a, i) => instruments.slice(i).map((b) => ({ a, b, c: count(a.id, b.id) }))).filter((p) => p.c > 0);
  const description = pairs.length
    ? `Cross-links between instruments: ${pairs.map((p) => (p.a.id === p.b.id ? `${p.c} within ${p.a.shortTitle}` : `${p.c} between ${p.a.shortTitle} and ${p.b.shortTitle}`)).join('; ')}.`
    : 'No cross-links between instruments yet.';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="link-matrix" role="img" aria-labelledby="link-matrix-title link-matrix-desc" font-family="system-ui, sans-serif"><title id="link-matrix-title">Number of cross-links between each pair of instruments</title><desc id="link-matrix-desc">${esc(description)}</desc>${parts.join('')}</svg>`;
  return { svg, description };
}
