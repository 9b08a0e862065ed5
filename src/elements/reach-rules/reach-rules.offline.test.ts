// The rules' parts loaded on first use when they cannot be downloaded (offline, a CDN that refuses).
import { expect, waitUntil } from '@open-wc/testing';
import type { ReachErrorEvent } from '../../events.js';
import { resetSandbox } from '../../../test/browser/sandbox.js';
import { rulesElement } from '../../../test/browser/rules.js';
import { text } from '../../../test/browser/elements.js';
import { $, breakPart, button, PART_FAILURE } from '../../../test/browser/parts.js';

describe('reach-rules, its parts not coming', () => {
  beforeEach(() => resetSandbox());

  it('says that the editor could not be loaded, asks again on Try again, and lets the user leave it', async () => {
    breakPart(new URL('./rule-editor.js', import.meta.url));
    const el = await rulesElement();
    const reported: string[] = [];
    el.addEventListener('reach-error', (event) => reported.push((event as ReachErrorEvent).message));
    button(el, /^Add a rule$/).click();
    await waitUntil(() => $(el, '[role=alert]'), 'the failure was not shown');
    expect(text($(el, '[role=alert]')!)).to.equal(PART_FAILURE);
    expect(reported).to.have.length(1);
    await expect(el).to.be.accessible();

    button(el, /^Try again$/).click();
    await el.updateComplete;
    expect(text($(el, '.loading')!)).to.equal('Loading…');
    await waitUntil(() => $(el, '[role=alert]'), 'the second failure was not shown');
    expect(reported).to.have.length(2);

    button(el, /^Cancel$/).click();
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(button(el, /^Add a rule$/).disabled).to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('add-rule');
  });

  it('says that the preview could not be loaded, and leaves the rules usable', async () => {
    breakPart(new URL('./preview.js', import.meta.url));
    const el = await rulesElement();
    const reported: string[] = [];
    el.addEventListener('reach-error', (event) => reported.push((event as ReachErrorEvent).message));
    button(el, /^Preview the last 30 days$/).click();
    await waitUntil(() => $(el, '[role=alert]'), 'the failure was not shown');
    expect(text($(el, '[role=alert]')!)).to.equal(PART_FAILURE);
    expect(reported).to.have.length(1);
    expect(button(el, /^Add a rule$/).disabled).to.equal(false);
    await expect(el).to.be.accessible();
    // A way out: closing the preview puts the focus back on its button.
    button(el, /^Close the preview$/).click();
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.equal(null);
    expect(el.shadowRoot!.activeElement?.id).to.equal('preview');
  });
});
