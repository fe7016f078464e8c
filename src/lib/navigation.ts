/** The site's main navigation; every entry must be a page the build produces (the build-output test checks). */
export const NAV: readonly { href: string; label: string }[] = [
  { href: '/instruments/', label: 'Instruments' },
  { href: '/sources/', label: 'Sources' },
  { href: '/search/', label: 'Search' },
  { href: '/about/', label: 'About' },
];
