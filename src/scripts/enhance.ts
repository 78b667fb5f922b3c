// Progressive enhancements for every page, loaded once by BaseLayout as one external module.
// Each page works without them; keep this a plain list of init calls.
import { initCopy } from './copy';
import { initLangSwitch } from './lang-switch';
import { initSearchShortcut } from './search-shortcut';

initCopy();
initLangSwitch();
initSearchShortcut();
