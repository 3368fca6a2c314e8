/**
 * Where the picker reads its emoji from: the emoji-picker-element-data package
 * served with the app (a closed network or a strict CSP refuses the picker's
 * default CDN). Loaded only with the picker, so the URL (or, in a library
 * build, the inlined data) never weighs on the dialog itself.
 */
export const emojiDataSource = new URL(
  '../../../node_modules/emoji-picker-element-data/en/emojibase/data.json',
  import.meta.url,
).href;
