import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { installTokens } from '../src/styles/tokens.js';

// Controls and autodocs come from the manifest the analyzer writes from the elements' JSDoc.
setCustomElementsManifest(manifest);
// Docs pages show tokens before any element has installed them.
installTokens();

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
  },
};

export default preview;
