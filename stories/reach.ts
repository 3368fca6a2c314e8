/**
 * For stories' play functions: waits for a node inside nested shadow roots,
 * each step a selector in the previous one's shadow root (or in `root` itself).
 */
export async function reach(root: Element, ...path: string[]): Promise<HTMLElement> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    let node: Element | null | undefined = root;
    for (const selector of path) node = (node?.shadowRoot ?? node)?.querySelector(selector);
    if (node) return node as HTMLElement;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Not found: ${path.join(' > ')}`);
}
