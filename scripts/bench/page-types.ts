/** One page of each type; the benchmark measures these, in the language noted. */
export const PAGE_TYPES: readonly { type: string; path: string }[] = [
  { type: 'home', path: '/en/' },
  { type: 'pillar', path: '/en/pillars/1/' },
  { type: 'section', path: '/en/sections/1-3/' },
  { type: 'measure', path: '/en/measures/1-3-2/' },
  { type: 'order', path: '/en/orders/14179/' },
  { type: 'prior', path: '/en/prior/eo-14110/' },
  { type: 'agency', path: '/en/agencies/nist/' },
  { type: 'topic', path: '/en/topics/cybersecurity/' },
  { type: 'glossary', path: '/en/glossary/' },
  { type: 'deadlines', path: '/en/deadlines/' },
  { type: 'measures table', path: '/en/measures/' },
  { type: 'search', path: '/en/search/' },
];
