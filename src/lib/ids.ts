/**
 * Identifiers. A provision id is `<instrument>/<local>` (for example `atipsom-2007/s14`, `un-tip-protocol/art3-c`)
 * and doubles as its URL path, so ids are lower-case, stable and never reused.
 */

/** Lower-case words joined by hyphens: `atipsom-2007`, `child-marriage`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A provision's local id: a unit prefix (`s` section, `art` article, `r` rule, `sch` schedule, `para` paragraph),
 * its number with any inserted-letter suffix (`s26a`), then optional hyphenated sub-parts (`art3-c`, `s375-exception`).
 */
export const PROVISION_LOCAL_PATTERN = /^(?:s|art|r|sch|para)[0-9]+[a-z]*(?:-[a-z0-9]+)*$/;

export const PROVISION_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/(?:s|art|r|sch|para)[0-9]+[a-z]*(?:-[a-z0-9]+)*$/;

export interface ProvisionIdParts {
  instrument: string;
  local: string;
}

export function provisionId(instrument: string, local: string): string {
  return `${instrument}/${local}`;
}

/** Splits a provision id; returns null when it is not of the form `<instrument>/<local>`. */
export function splitProvisionId(id: string): ProvisionIdParts | null {
  if (!PROVISION_ID_PATTERN.test(id)) return null;
  const slash = id.indexOf('/');
  return { instrument: id.slice(0, slash), local: id.slice(slash + 1) };
}

/** The URL path of a provision's page. */
export function provisionPath(id: string): string {
  return `/instruments/${id}/`;
}

export function instrumentPath(instrument: string): string {
  return `/instruments/${instrument}/`;
}

/** A fragment-safe slug of free text: "III A" -> "iii-a". */
export function anchorSlug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The fragment id of a Part on its instrument page. */
export function partAnchor(partId: string): string {
  return `part-${anchorSlug(partId)}`;
}
