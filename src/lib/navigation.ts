/** The site's main navigation; every entry must be a page the build produces (the build-output test checks). */
export const NAV: readonly { href: string; label: string }[] = [
  { href: '/gaps/', label: 'Gaps' },
  { href: '/recommendations/', label: 'Recommendations' },
  { href: '/matrix/', label: 'Matrix' },
  { href: '/themes/', label: 'Themes' },
  { href: '/instruments/', label: 'Instruments' },
  { href: '/terms/', label: 'Terms' },
  { href: '/compare/', label: 'Compare' },
  { href: '/sources/', label: 'Sources' },
  { href: '/search/', label: 'Search' },
  { href: '/data/', label: 'Data' },
  { href: '/about/', label: 'About' },
];
