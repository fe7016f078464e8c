/**
 * How a provision's structured elements read on a page and in comparisons: a label per field and a formatter per
 * value, so the provision page, the theme comparison and the exports all say "Life imprisonment" the same way.
 */
import type { Elements } from './schema.ts';

export const ELEMENT_LABELS: Record<keyof Elements, string> = {
  protects: 'Who is protected',
  ageThreshold: 'Age threshold',
  conduct: 'Conduct',
  meansRequired: 'Means must be proved',
  consentRelevant: "Victim's consent relevant",
  purpose: 'Purpose',
  imprisonmentMinYears: 'Minimum imprisonment',
  imprisonmentMaxYears: 'Maximum imprisonment',
  fine: 'Fine',
  whipping: 'Whipping',
  authority: 'Authority that acts',
  notes: 'Notes',
};

export const ELEMENT_ORDER = Object.keys(ELEMENT_LABELS) as (keyof Elements)[];

/** The short, comparable elements: what a side-by-side table shows by default (text elements stay on the pages). */
export const COMPARABLE_ELEMENTS: readonly (keyof Elements)[] = [
  'ageThreshold',
  'meansRequired',
  'consentRelevant',
  'imprisonmentMinYears',
  'imprisonmentMaxYears',
  'fine',
  'whipping',
];

const years = (n: number) => `${n} year${n === 1 ? '' : 's'}`;

export function formatElement<K extends keyof Elements>(key: K, value: Elements[K]): string {
  if (value === undefined) return '—';
  switch (key) {
    case 'ageThreshold':
      return `under ${value as number}`;
    case 'meansRequired':
    case 'consentRelevant':
      return value ? 'Yes' : 'No';
    case 'imprisonmentMinYears':
      return (value as number) === 0 ? 'None' : years(value as number);
    case 'imprisonmentMaxYears':
      return value === 'life' ? 'Life imprisonment' : years(value as number);
    case 'whipping':
      return { mandatory: 'Mandatory', liable: 'Liable to whipping', none: 'No' }[value as 'mandatory' | 'liable' | 'none'];
    default:
      return String(value);
  }
}

/** The elements a provision states, in display order. */
export function statedElements(elements: Elements | undefined): { key: keyof Elements; label: string; text: string }[] {
  if (!elements) return [];
  return ELEMENT_ORDER.filter((k) => elements[k] !== undefined).map((key) => ({
    key,
    label: ELEMENT_LABELS[key],
    text: formatElement(key, elements[key]),
  }));
}
