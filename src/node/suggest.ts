// The suggestion helpers live in the core, which the library's option checks share with the CLI.
export { didYouMean, editDistance } from '../core/suggest.js';
