// The agents' parts loaded on first use when they come late, then when one cannot be downloaded. Each test needs a
// part this page has not loaded yet (a page keeps a part it has loaded): their order matters.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReachErrorEvent } from '../../events.js';
import { resetSandbox, SEED } from '../../../test/browser/sandbox.js';
import { agentsElement } from '../../../test/browser/agents.js';
import { text } from '../../../test/browser/elements.js';
import { $, breakPart, button, PART_FAILURE } from '../../../test/browser/parts.js';

describe('reach-agents, its parts coming late or not at all', () => {
  /** A control of the host page, outside the element, where the user moves the focus while a part comes. */
  let outside: HTMLButtonElement;
  beforeEach(async () => {
    await resetSandbox();
    outside = document.createElement('button');
    outside.textContent = 'Elsewhere';
    document.body.append(outside);
  });
  afterEach(() => outside.remove());

  it('does not take the focus from where the user moved it while the agent page came', async () => {
    const el = await agentsElement();
    button(el, /^Caption Biology$/).click();
    await el.updateComplete;
    expect(text($(el, '.loading')!), 'the page is still on its way').to.equal('Loading…');
    outside.focus();
    await waitUntil(() => $(el, '.agent-page'), 'the agent page did not come');
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
  });

  it('does not take the focus from where the user moved it while the form came; once here, its title takes it', async () => {
    const el = await agentsElement();
    button(el, /^Create new agent$/).click();
    await el.updateComplete;
    expect(text($(el, '.loading')!), 'the form is still on its way').to.equal('Loading…');
    outside.focus();
    await waitUntil(() => $(el, '#form-title'), 'the form did not come');
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);

    button(el, /^Cancel$/).click();
    await waitUntil(() => $(el, '#create'), 'back to the list');
    const create = button(el, /^Create new agent$/);
    create.focus();
    create.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('form-title');
  });

  it('says that a run could not be loaded, asks again on Try again, and Cancel goes back to the agent', async () => {
    breakPart(new URL('./run-mode.js', import.meta.url));
    const el = await agentsElement(SEED.agents.onDemand);
    const reported: string[] = [];
    el.addEventListener('reach-error', (event) => reported.push((event as ReachErrorEvent).message));
    // The focus on Run asks for the run's part already.
    button(el, /^Run$/).focus();
    await waitUntil(() => reported.length === 1, 'the run part was not asked for on focus');
    button(el, /^Run$/).click();
    await waitUntil(() => $(el, '[role=alert]'), 'the failure was not shown');
    expect(text($(el, '[role=alert]')!)).to.equal(PART_FAILURE);
    expect(reported).to.have.length(2);
    await expect(el).to.be.accessible();

    button(el, /^Try again$/).click();
    await el.updateComplete;
    expect(text($(el, '.loading')!)).to.equal('Loading…');
    await waitUntil(() => $(el, '[role=alert]'), 'the second failure was not shown');
    expect(reported).to.have.length(3);

    button(el, /^Cancel$/).click();
    await waitUntil(() => $(el, '.agent-page'), 'back to the agent');
    expect(el.shadowRoot!.activeElement?.id).to.equal('main-action');
  });
});
