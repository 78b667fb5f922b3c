/** The one script every page loads: each enhancement's setup, in order. Keep it a plain list. */
import { initCopy } from './copy';
import { initSearchShortcut } from './search-shortcut';

initCopy();
initSearchShortcut();
