// One small module for every page; each enhancement leaves the page fully usable without it.
import { initCopy } from './copy';

initCopy();
