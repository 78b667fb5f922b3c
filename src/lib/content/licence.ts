/** The licence of our texts and data (the US originals are public domain); JSON-LD and the open-data files name it. */
export const TEXT_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
