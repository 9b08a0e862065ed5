// The lab's parts loaded on first use, when they are slow or do not come: what the user sees meanwhile, and that
// an action pressed before its part came does what was asked, or nothing.
import { expect, waitUntil } from '@open-wc/testing';
import { resetStats, SEED, startKs, stats } from '../../../test/browser/sandbox.js';
import { sessionOf, text } from '../../../test/browser/elements.js';
import {
  $,
  buttonNamed,
  children,
  clipCards,
  clipsAlreadyGenerated,
  failPart,
  holdPart,
  lab,
  liveRegion,
  next,
  openFirstClip,
  preparedLab,
  freshLabSession,
  labWithStoppedSave,
} from '../../../test/browser/clips-lab.js';
import type { ClipsLab } from './clips-lab.js';

const partLoaded = (el: ClipsLab, name: string) => (el as unknown as Record<string, { loaded: unknown }>)[name]!.loaded;
const clipsListed = (el: ClipsLab) => waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });

describe('clips-lab: parts loaded on first use', function () {
  this.timeout(30000);
  const ks = freshLabSession();

  it('shows in a lab already on the page a save another lab of the session starts', async () => {
    await clipsAlreadyGenerated(ks());
    const other = await lab(ks());
    await clipsListed(other);
    const el = await lab(ks());
    expect(sessionOf(el)).to.equal(sessionOf(other));
    await openFirstClip(el);
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Save as a new entry/).click();
    const { entry } = await saved;
    await waitUntil(() => $(other, '[part="save-summary"]'), 'the save in the other lab', { timeout: 5000 });
    expect($(other, '[part="save-summary"]')!.textContent).to.contain(entry.id);
    await expect(other).to.be.accessible();
  });

  it('does not offer to remove a copy that a stopped save of the session owns while the saves part comes', async () => {
    const first = await labWithStoppedSave(ks());

    let release!: () => void;
    const el = await preparedLab(ks(), (lab) => (release = holdPart(lab, 'savesPart')));
    await clipsListed(el);
    expect(sessionOf(el)).to.equal(sessionOf(first));
    expect(text(el)).to.contain('Loading…');
    expect(text(el)).to.not.contain('Unfinished save');
    expect(() => buttonNamed(el, /Remove the copy/)).to.throw();
    await expect(el).to.be.accessible();

    release();
    await waitUntil(() => /the clip was not cut yet/.test(text(el)), 'the stopped save', { timeout: 5000 });
    expect(text(el)).to.not.contain('Unfinished save');
    expect(await children(ks(), ['7'])).to.have.length(1);
  });

  it('says in the detail that the saves part could not be loaded, and Try again loads it', async () => {
    await clipsAlreadyGenerated(ks());
    let restore!: () => void;
    const el = await preparedLab(ks(), (lab) => (restore = failPart(lab, 'savesPart')));
    await clipsListed(el);
    const reported = next(el, 'reach-error');
    buttonNamed(el, /Preview and edit/).click();
    await reported;
    await waitUntil(() => /This part could not be loaded/.test(text(el)), 'the failure', { timeout: 5000 });
    expect(text(el)).to.not.contain('Loading…');
    await expect(el).to.be.accessible();

    restore();
    buttonNamed(el, /Try again/).click();
    await waitUntil(() => $(el, 'video')?.getAttribute('src'), 'the preview has its media', { timeout: 5000 });
    expect(buttonNamed(el, /Save as a new entry/)).to.be.instanceOf(HTMLButtonElement);
  });

  it('says in the order form that the order step could not be loaded when Generate is pressed, and Try again orders', async () => {
    let restore!: () => void;
    const el = await preparedLab(ks(), (lab) => (restore = failPart(lab, 'orderStep')));
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    buttonNamed(el, /Generate clips/).click();
    await waitUntil(() => $(el, 'form.order [role="alert"]'), 'the failure in the form', { timeout: 5000 });
    expect($(el, 'form.order [role="alert"]')!.textContent).to.contain('This part could not be loaded');
    await expect(el).to.be.accessible();

    // Try again sends what Generate asked for once the step comes; the focus waits on Generate meanwhile.
    restore();
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Try again/).click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('order-submit');
    expect((await created).task.entryId).to.equal(el.entryId);
  });

  it('leaves the focus where the user moved it while the clip’s detail was coming', async () => {
    await clipsAlreadyGenerated(ks());
    let release!: () => void;
    const el = await preparedLab(ks(), (lab) => (release = holdPart(lab, 'savesPart')));
    await clipsListed(el);
    const open = buttonNamed(el, /Preview and edit/);
    open.focus();
    open.click();
    await waitUntil(() => partLoaded(el, 'detailPart'), 'the detail part', { timeout: 5000 });
    const again = $(el, '#order-again')!;
    again.focus();
    release();
    await waitUntil(() => $(el, '#detail-heading'), 'the detail', { timeout: 5000 });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(again);
  });

  it('drops a Generate pressed before the order step came when another entry is shown by then', async () => {
    const admin = await startKs();
    let release!: () => void;
    const el = await preparedLab(admin, (lab) => (release = holdPart(lab, 'orderStep')));
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    await resetStats();
    buttonNamed(el, /Generate clips/).click();
    el.entryId = SEED.entries.seminar12;
    await el.updateComplete;
    await waitUntil(() => $(el, 'form.order'), 'the other entry’s order form', { timeout: 5000 });
    release();
    await waitUntil(() => partLoaded(el, 'orderStep'), 'the order step', { timeout: 5000 });
    await el.updateComplete;
    // An order sent when the step came would say so now: its button, and on the next frames the live region.
    expect(buttonNamed(el, /Generate clips/).textContent).to.not.contain('Ordering');
    await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
    expect(liveRegion(el)).to.not.contain('Ordering');
    expect((await stats()).calls['reach_entryvendortask.add'] ?? 0).to.equal(0);
  });
});
