// Progressive enhancements for every page, loaded once by BaseLayout as one external module.
// Each page works without them; keep this a plain list of init calls.
import { initLangSwitch } from './lang-switch';

initLangSwitch();
