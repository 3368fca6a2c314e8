import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import type { RapportAdapter } from '../../adapters/adapter.js';
import type { Session } from '../../domain/index.js';
import { RapportElement } from '../shared/rapport-element.js';
import './rp-provider.js';
import type { RpProvider } from './rp-provider.js';

const session: Session = {
  user: { id: 'u1', name: 'Dana Whitfield', role: 'admin' },
  account: { id: 'a1', name: 'Northside Motors', tier: 'professional', features: {}, country: 'CA', smsNumbers: [], emailAddresses: [] },
};

function fakeAdapter(name: string): RapportAdapter {
  return { name, getSession: async () => ({ ...session, user: { ...session.user, name } }) } as unknown as RapportAdapter;
}

/** A minimal element that shows what reached it from context. */
@customElement('test-context-probe')
class ContextProbe extends RapportElement {
  override render() {
    const backend = this.backend as unknown as { name: string } | undefined;
    return litHtml`<span id="adapter">${backend?.name ?? 'none'}</span>
      <span id="user">${this.session?.user.name ?? ''}</span>
      <span id="words">${this.strings.common.cancel}</span>`;
  }
}

async function settle(element: Element) {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve));
  await (element as ContextProbe).updateComplete;
}

describe('rp-provider', () => {
  it('gives its adapter and session to any rp-* element inside it', async () => {
    const provider = await fixture<RpProvider>(html`<rp-provider .adapter=${fakeAdapter('memory')}>
      <div><test-context-probe></test-context-probe></div></rp-provider>`);
    const probe = provider.querySelector('test-context-probe') as ContextProbe;
    await settle(probe);
    expect(probe.shadowRoot!.querySelector('#adapter')!.textContent).to.equal('memory');
    expect(probe.shadowRoot!.querySelector('#user')!.textContent).to.equal('memory');
  });

  it("lets an element's own adapter win over the provider's", async () => {
    const provider = await fixture<RpProvider>(html`<rp-provider .adapter=${fakeAdapter('outer')}>
      <test-context-probe .adapter=${fakeAdapter('own')}></test-context-probe></rp-provider>`);
    const probe = provider.querySelector('test-context-probe') as ContextProbe;
    await settle(probe);
    expect(probe.shadowRoot!.querySelector('#adapter')!.textContent).to.equal('own');
    expect(probe.shadowRoot!.querySelector('#user')!.textContent).to.equal('own');
  });

  it('switches the words of the elements inside when its locale changes', async () => {
    const provider = await fixture<RpProvider>(html`<rp-provider .adapter=${fakeAdapter('memory')}>
      <test-context-probe></test-context-probe></rp-provider>`);
    const probe = provider.querySelector('test-context-probe') as ContextProbe;
    await settle(probe);
    expect(probe.shadowRoot!.querySelector('#words')!.textContent).to.equal('Cancel');
    provider.locale = 'es';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(probe);
    expect(probe.shadowRoot!.querySelector('#words')!.textContent).to.equal('Cancelar');
  });

  it('installs the --rp-* design tokens once, so a host can override them', async () => {
    await fixture(html`<rp-provider></rp-provider>`);
    const accent = getComputedStyle(document.documentElement).getPropertyValue('--rp-color-accent');
    expect(accent.trim()).to.not.equal('');
    document.documentElement.style.setProperty('--rp-color-accent', 'rgb(1, 2, 3)');
    expect(getComputedStyle(document.documentElement).getPropertyValue('--rp-color-accent').trim()).to.equal('rgb(1, 2, 3)');
    document.documentElement.style.removeProperty('--rp-color-accent');
  });
});
