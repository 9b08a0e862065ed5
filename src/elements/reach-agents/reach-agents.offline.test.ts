// The agents' page and form, parts loaded on first use, when they cannot be downloaded (offline, a CDN that refuses).
import { expect, waitUntil } from '@open-wc/testing';
import type { ReachAgents } from './reach-agents.js';
import type { ReachErrorEvent } from '../../events.js';
import { resetSandbox } from '../../../test/browser/sandbox.js';
import { agentsElement } from '../../../test/browser/agents.js';
import { text } from '../../../test/browser/elements.js';
import { $, breakPart, button, PART_FAILURE } from '../../../test/browser/parts.js';

async function failureShown(el: ReachAgents): Promise<void> {
  await waitUntil(() => $(el, '[role=alert]'), 'the failure was not shown');
  expect(text($(el, '[role=alert]')!)).to.equal(PART_FAILURE);
}

describe('reach-agents, its parts not coming', () => {
  let reported: string[];
  async function agentsShown(): Promise<ReachAgents> {
    const el = await agentsElement();
    reported = [];
    el.addEventListener('reach-error', (event) => reported.push((event as ReachErrorEvent).message));
    return el;
  }
  beforeEach(() => resetSandbox());

  it('says that the agent page could not be loaded, and goes back to the list', async () => {
    breakPart(new URL('./agent-detail.js', import.meta.url));
    const el = await agentsShown();
    button(el, /^Caption Biology$/).click();
    await failureShown(el);
    expect(reported).to.have.length(1);
    await expect(el).to.be.accessible();

    button(el, /All agents/).click();
    await waitUntil(() => $(el, '.agent-card'), 'back to the list');
    expect($(el, '[role=alert]')).to.equal(null);
    // Opening it again asks for the part again.
    button(el, /^Caption Biology$/).click();
    await failureShown(el);
    expect(reported).to.have.length(2);
  });

  it('says that the form could not be loaded, and Cancel goes back to the list', async () => {
    breakPart(new URL('./agent-form.js', import.meta.url));
    const el = await agentsShown();
    // The pointer on Create asks for the form already.
    button(el, /^Create new agent$/).dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => reported.length === 1, 'the form was not asked for on pointerenter');
    button(el, /^Create new agent$/).click();
    await failureShown(el);
    expect(reported).to.have.length(2);
    await expect(el).to.be.accessible();

    button(el, /^Cancel$/).click();
    await waitUntil(() => $(el, '.agent-card'), 'back to the list');
    expect(button(el, /^Create new agent$/).disabled).to.equal(false);
  });
});
