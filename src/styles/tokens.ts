import { css } from 'lit';

/**
 * The global design tokens. Every element styles itself with these `--rp-*`
 * custom properties; a host re-themes by setting any of them (on `:root` or any
 * ancestor). Light and dark come from the same tokens through `light-dark()`:
 * whatever `color-scheme` the host gives an ancestor (or `rp-provider theme`)
 * decides which half applies.
 *
 * They are installed once into the document inside `@layer rapport`, so any
 * unlayered host rule wins without specificity games.
 */
export const tokens = css`
  @layer rapport {
    :root {
      --rp-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
      --rp-font-size: 0.9375rem;
      --rp-font-size-sm: 0.8125rem;
      --rp-font-size-lg: 1.125rem;
      --rp-line-height: 1.45;
      --rp-space-1: 0.25rem;
      --rp-space-2: 0.5rem;
      --rp-space-3: 0.75rem;
      --rp-space-4: 1rem;
      --rp-space-6: 1.5rem;
      --rp-radius: 6px;
      --rp-radius-lg: 12px;
      --rp-radius-pill: 999px;
      --rp-color-bg: light-dark(#f6f7f9, #121316);
      --rp-color-surface: light-dark(#ffffff, #1c1d22);
      --rp-color-surface-raised: light-dark(#ffffff, #25272d);
      --rp-color-surface-sunken: light-dark(#eef0f3, #16171b);
      --rp-color-text: light-dark(#1d2330, #e9eaee);
      --rp-color-text-muted: light-dark(#5b6475, #a3a8b4);
      --rp-color-border: light-dark(#d5d9e0, #3a3d46);
      --rp-color-accent: light-dark(#1f5bd8, #7aa5ff);
      --rp-color-accent-hover: light-dark(#1848ad, #9cbcff);
      --rp-color-on-accent: light-dark(#ffffff, #0d1424);
      --rp-color-accent-subtle: light-dark(#e7eefc, #1d2a47);
      --rp-color-danger: light-dark(#b42318, #ff8a80);
      --rp-color-danger-subtle: light-dark(#fdecea, #3b1d1b);
      --rp-color-success: light-dark(#1a7f37, #6fdc8c);
      --rp-color-success-subtle: light-dark(#e6f4ea, #1a3324);
      --rp-color-warning: light-dark(#8a5300, #f5c26b);
      --rp-color-warning-subtle: light-dark(#fff4e0, #3a2c12);
      --rp-color-inbound: light-dark(#eef0f3, #2a2c33);
      --rp-color-on-inbound: light-dark(#1d2330, #e9eaee);
      --rp-color-outbound: light-dark(#1f5bd8, #2f5fbf);
      --rp-color-on-outbound: light-dark(#ffffff, #ffffff);
      --rp-color-bot: light-dark(#ece6fb, #2d2545);
      --rp-color-on-bot: light-dark(#2b1d5c, #e2d9ff);
      --rp-color-system: light-dark(#fff4e0, #3a2c12);
      --rp-color-focus: light-dark(#1f5bd8, #9cbcff);
      --rp-shadow: 0 1px 2px rgb(0 0 0 / 0.08), 0 4px 16px rgb(0 0 0 / 0.12);
      --rp-shadow-dialog: 0 12px 48px rgb(0 0 0 / 0.3);
      --rp-backdrop: rgb(15 18 25 / 0.55);
      --rp-transition: 120ms ease;
    }
  }
`;

let installed = false;

/** Adds the tokens to the document once; later calls do nothing. */
export function installTokens(doc: Document = document): void {
  if (installed || !('adoptedStyleSheets' in doc)) return;
  installed = true;
  const sheet = tokens.styleSheet;
  if (sheet) doc.adoptedStyleSheets = [sheet, ...doc.adoptedStyleSheets];
}
