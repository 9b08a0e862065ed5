import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LazyModule } from './lazy-module.js';

interface Part {
  renderPart(): ReturnType<typeof html>;
}

/** A host whose part's download the test settles by hand, as a slow or broken network would. */
class PartHost extends LitElement {
  loads: { resolve: (part: Part) => void; reject: (error: Error) => void }[] = [];
  failures: unknown[] = [];
  readonly lazyPart = new LazyModule<Part>(this, {
    load: () => new Promise<Part>((resolve, reject) => this.loads.push({ resolve, reject })),
    failed: (error) => this.failures.push(error),
  });

  protected override render() {
    return this.lazyPart.render((part) => part.renderPart());
  }
}
customElements.define('lazy-module-host', PartHost);

const part: Part = { renderPart: () => html`<p id="the-part">The part</p>` };
const text = (host: PartHost) => host.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

async function hostWithFailedPart() {
  const host = await fixture<PartHost>(html`<lazy-module-host></lazy-module-host>`);
  expect(text(host)).to.equal('Loading…');
  host.loads[0]!.reject(new Error('offline'));
  await waitUntil(() => host.shadowRoot!.querySelector('[role=alert]'), 'the failure shown');
  await host.updateComplete;
  return host;
}

describe('a part loaded on first use', () => {
  it('says that it could not be loaded, once, and loads again only when the user asks', async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    const host = await hostWithFailedPart();
    // The focus had fallen to the page (the control that opened the part is gone): "Try again" takes it.
    expect(host.shadowRoot!.activeElement?.textContent).to.equal('Try again');
    expect(text(host)).to.equal('This part could not be loaded. Check your connection and try again. Try again');
    expect(host.failures).to.have.length(1);
    // Later updates of the host do not download it again and again while the network is down.
    host.requestUpdate();
    await host.updateComplete;
    host.requestUpdate();
    await host.updateComplete;
    // Nor does the pointer or the focus passing over what opens it.
    host.lazyPart.want();
    expect(host.loads).to.have.length(1);
    await expect(host).to.be.accessible();

    host.shadowRoot!.querySelector('button')!.click();
    await host.updateComplete;
    expect(host.loads).to.have.length(2);
    expect(text(host)).to.equal('Loading…');
    host.loads[1]!.resolve(part);
    await waitUntil(() => host.shadowRoot!.querySelector('#the-part'), 'the part drawn');
    expect(host.failures).to.have.length(1);
  });

  it('leaves the focus where the user has put it when the part fails', async () => {
    const elsewhere = await fixture<HTMLInputElement>(html`<input aria-label="Elsewhere" />`);
    elsewhere.focus();
    const host = await hostWithFailedPart();
    expect(document.activeElement).to.equal(elsewhere);
    expect(host.shadowRoot!.activeElement).to.equal(null);
  });

  it('runs an action asked before the part came once, when it comes, and drops it with a failed load', async () => {
    const host = await hostWithFailedPart();
    const ran: string[] = [];
    host.lazyPart.use(() => ran.push('first'));
    host.lazyPart.use(() => ran.push('second'));
    expect(host.loads).to.have.length(2);
    host.loads[1]!.reject(new Error('offline'));
    await waitUntil(() => host.failures.length === 2, 'the second failure');
    expect(ran).to.deep.equal([]);

    host.lazyPart.use(() => ran.push('third'));
    host.loads[2]!.resolve(part);
    await waitUntil(() => ran.length > 0, 'the action run');
    host.lazyPart.use(() => ran.push('fourth'));
    expect(ran).to.deep.equal(['third', 'fourth']);
    expect(host.loads).to.have.length(3);
  });
});
