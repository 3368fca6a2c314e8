import type { Strings } from '../strings.js';
import { registerStrings } from '../strings.js';
import { common } from './common.js';

/** Every Spanish word on screen, the same shape as the English table. */
export const es: Strings = {
  common,
};

registerStrings('es', es);
