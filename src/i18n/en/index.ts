import { common } from './common.js';
import { externalCommForm } from './externalCommForm.js';

/**
 * Every English word on screen. Each element owns one section, in its own file
 * beside this one; another language is the same shape in its own folder.
 */
export const en = {
  common,
  externalCommForm,
};
