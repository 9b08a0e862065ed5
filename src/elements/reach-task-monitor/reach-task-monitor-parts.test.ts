// The card's parts (card-parts.ts) load on intent. In a file of its own: a page of its own, where they have not loaded.
import { expect, waitUntil } from '@open-wc/testing';
import { resetSandbox, startKs } from '../../../test/browser/sandbox.js';
import { text } from '../../../test/browser/elements.js';
import { E, T, button, card, cardPartsLoaded, monitor } from '../../../test/browser/task-monitor.js';

/** The page asked for the card's parts. */
const cardPartsAsked = () =>
  performance.getEntriesByType('resource').some((entry) => /\/card-parts\.(js|ts)(\?|$)/.test(entry.name));

describe('reach-task-monitor: parts of a card', () => {
  beforeEach(() => resetSandbox());

  it("starts loading a card's confirmation when its action is focused, before it is pressed", async () => {
    const el = await monitor(await startKs(), E.withTasks);
    const approve = button(card(el, T.pendingModeration), /^Approve/);
    expect(cardPartsAsked()).to.be.false;

    approve.focus();
    await waitUntil(cardPartsAsked, 'focusing Approve did not ask for its confirmation');

    approve.click();
    await cardPartsLoaded(el);
    expect(text(card(el, T.pendingModeration))).to.match(/Approve this order\?/);
    await expect(el).to.be.accessible();
  });
});
