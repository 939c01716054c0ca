/**
 * Everything English, in one chunk that the browser loads only when English is chosen:
 * Swedish-speaking phones (the default) do not download it.
 */
export { en as messages } from './en.js';
export { enErrors as errors } from './errors-en.js';
