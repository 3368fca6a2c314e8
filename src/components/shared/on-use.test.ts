import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { OnUse } from './on-use.js';

/** An element with one part loaded on use; the test decides when (and whether) each load succeeds. */
@customElement('test-on-use-host')
class OnUseHost extends LitElement {
  loads = 0;
  outcomes: (() => Promise<{ words: string }>)[] = [];
  readonly loader = new OnUse(this, () => {
    this.loads += 1;
    return this.outcomes.shift()!();
  });

  override render() {
    return this.loader.render({
      pending: () => litHtml`<p role="status">Loading…</p>`,
      error: () => litHtml`<p role="alert">Unavailable <button @click=${() => this.loader.retry()}>Retry</button></p>`,
      complete: (part) => litHtml`<p>${part.words}</p>`,
    });
  }
}

const text = (host: OnUseHost) => host.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('OnUse', () => {
  it('shows the pending state until the part arrives, then the part, loading it once', async () => {
    let arrive!: (part: { words: string }) => void;
    const host = document.createElement('test-on-use-host') as OnUseHost;
    host.outcomes.push(() => new Promise((resolve) => (arrive = resolve)));
    await fixture(html`${host}`);
    expect(text(host)).to.equal('Loading…');
    arrive({ words: 'Here' });
    await waitUntil(() => text(host) === 'Here', 'the part renders');
    host.requestUpdate();
    await host.updateComplete;
    expect(await host.loader.ensure()).to.deep.equal({ words: 'Here' });
    expect(host.loads).to.equal(1);
  });

  it('shows the error state when the load fails, and loads again on Retry', async () => {
    const host = document.createElement('test-on-use-host') as OnUseHost;
    host.outcomes.push(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      () => Promise.resolve({ words: 'Second time' }));
    await fixture(html`${host}`);
    await waitUntil(() => host.shadowRoot!.querySelector('[role="alert"]'), 'the failure shows');
    host.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => text(host) === 'Second time', 'the retry renders the part');
    expect(host.loads).to.equal(2);
  });
});
