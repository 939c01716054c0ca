/**
 * Everything Arabic, in one chunk that the browser loads only when Arabic is chosen
 * (split like English: Swedish phones download neither).
 */
export { ar as messages } from './ar.js';
export { arErrors as errors } from './errors-ar.js';
