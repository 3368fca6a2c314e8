export { stringsFor, loadStrings, registerStrings, format, type Strings } from './strings.js';
export { Formatters, formattersFor } from './format.js';
