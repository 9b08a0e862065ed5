// The rule editor, a part loaded on first use, when it comes late: this page has not loaded it before.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './index.js';
import type { ReachRules } from './reach-rules.js';
import { resetSandbox, SEED, serviceUrl, startKs } from '../../../test/browser/sandbox.js';
import { text } from '../../../test/browser/elements.js';

async function rulesElement(): Promise<ReachRules> {
  const el = await fixture<ReachRules>(
    html`<reach-rules profile-id=${SEED.profiles.default} service-url=${serviceUrl} .ks=${await startKs()}></reach-rules>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.rules'), 'the rules did not load', { timeout: 5000 });
  return el;
}
const $ = (el: ReachRules, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
function button(el: ReachRules, name: RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => name.test(text(candidate)));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('reach-rules, its editor coming late', () => {
  beforeEach(() => resetSandbox());

  it('does not take the focus from where the user moved it while the editor came', async () => {
    const el = await rulesElement();
    button(el, /^Add a rule$/).click();
    await el.updateComplete;
    expect(text($(el, '.loading')!), 'the editor is still on its way').to.equal('Loading…');
    $(el, '#add-dictionary')!.focus();
    await waitUntil(() => $(el, '#editor-title'), 'the editor did not come');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-dictionary');

    // Opened again with the focus left alone, its title takes it.
    button(el, /^Cancel$/).click();
    await el.updateComplete;
    button(el, /^Add a rule$/).click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('editor-title');
  });
});
