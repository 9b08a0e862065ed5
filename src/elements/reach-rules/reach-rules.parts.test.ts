// The rule editor, a part loaded on first use, when it comes late: this page has not loaded it before.
import { expect, waitUntil } from '@open-wc/testing';
import { resetSandbox } from '../../../test/browser/sandbox.js';
import { rulesElement } from '../../../test/browser/rules.js';
import { text } from '../../../test/browser/elements.js';
import { $, button } from '../../../test/browser/parts.js';

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
