import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ClipsLab } from './clips-lab.js';
import { entryLink } from './entry-link.js';
import { renderTaskStatus } from './task-status.js';
import { addTask } from '../../reach/tasks.js';
import { EntryVendorTaskStatus, VendorServiceTurnAroundTime } from '../../reach/enums.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { parseTimecode } from './clip-edit.js';
import { advanceClock, SEED } from '../../../test/browser/sandbox.js';
import { text } from '../../../test/browser/elements.js';
import {
  $,
  $$,
  apiClient,
  buttonNamed,
  clipCards,
  clipsAlreadyGenerated,
  editField,
  lab,
  openFirstClip,
  SOURCE,
  freshLabSession,
} from '../../../test/browser/clips-lab.js';

const handle = (el: ClipsLab, name: 'start' | 'end') => $(el, `.handle.${name}`)!;
const valueOf = (slider: HTMLElement) => Number(slider.getAttribute('aria-valuenow'));

/** Focuses a handle and presses keys on it as a keyboard user does. */
async function press(el: ClipsLab, slider: HTMLElement, ...keys: string[]) {
  slider.focus();
  for (const key of keys) {
    const [modifier, pressed] = key.includes('+') ? key.split('+') : [undefined, key];
    if (modifier) await sendKeys({ down: modifier });
    await sendKeys({ press: pressed! });
    if (modifier) await sendKeys({ up: modifier });
  }
  await el.updateComplete;
}

describe('clips-lab: trimming a clip and saving it', function () {
  this.timeout(30000);
  const ks = freshLabSession();

  it('moves the range handles by keyboard, says where they are and keeps the range valid', async () => {
    const output = await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    const { start: aiStart, duration } = output[0]!;
    const aiEnd = aiStart + duration;
    const start = handle(el, 'start');
    const end = handle(el, 'end');
    expect(start.getAttribute('role')).to.equal('slider');
    expect(start.getAttribute('aria-label')).to.equal('Clip start');
    expect(valueOf(start)).to.equal(aiStart);
    expect(valueOf(end)).to.equal(aiEnd);
    expect(clipCards(el)[0]!.textContent).not.to.contain('Edited');
    const thumbnailBefore = $<HTMLImageElement>(el, 'li.clip img')!.src;

    await press(el, start, 'ArrowRight');
    expect(valueOf(start)).to.equal(aiStart + 1);
    expect(parseTimecode(editField(el, 'edit-start').value)).to.equal(aiStart + 1);
    await press(el, start, 'Shift+ArrowRight');
    expect(valueOf(start)).to.equal(aiStart + 6);
    // What a screen reader says: the handle's time and the clip's new length.
    expect(start.getAttribute('aria-valuetext')).to.equal(
      `${editField(el, 'edit-start').value}, clip ${aiEnd - aiStart - 6} seconds long`,
    );
    expect(el.shadowRoot!.activeElement).to.equal(start);

    // The card says it was edited, and shows the picture at its new start.
    expect(clipCards(el)[0]!.querySelector('.badge.edited')?.textContent).to.equal('Edited');
    const thumbnail = $<HTMLImageElement>(el, 'li.clip img')!.src;
    expect(thumbnail).not.to.equal(thumbnailBefore);
    expect(thumbnail).to.contain(`/vid_sec/${Math.floor(aiStart + 6)}/`);

    // End can never pass the start: it stops a second after it, whatever is pressed.
    await press(el, end, 'Home');
    expect(valueOf(end)).to.equal(aiStart + 7);
    await press(el, end, 'ArrowLeft', 'Shift+ArrowLeft');
    expect(valueOf(end)).to.equal(aiStart + 7);
    await press(el, start, 'End');
    expect(valueOf(start)).to.equal(aiStart + 6);
    expect(start.getAttribute('aria-valuemax')).to.equal(String(aiStart + 6));
    await press(el, start, 'Shift+ArrowLeft');
    expect(valueOf(start)).to.equal(aiStart + 1);
    expect(parseTimecode(editField(el, 'edit-end').value)).to.equal(aiStart + 7);
    expect($(el, '#edit-end-error')).to.equal(null);
    await expect(el).to.be.accessible();

    // Undoing the edit takes the mark away again.
    buttonNamed(el, /Undo my changes/).click();
    await el.updateComplete;
    expect(clipCards(el)[0]!.querySelector('.badge.edited')).to.equal(null);
    expect(valueOf(start)).to.equal(aiStart);
  });

  it('drags a range handle with the pointer', async () => {
    const output = await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    const end = handle(el, 'end');
    end.scrollIntoView({ block: 'center' });
    const box = end.getBoundingClientRect();
    const track = $(el, '.trim-track')!.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(track.right - 2), y] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(valueOf(end)).to.be.greaterThan(output[0]!.start + output[0]!.duration + 5);
    expect(parseTimecode(editField(el, 'edit-end').value)).to.equal(valueOf(end));
    expect(el.shadowRoot!.activeElement).to.equal(end);
  });

  it('sets the clip length with a preset and loops the range', async () => {
    const output = await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    const video = await openFirstClip(el);
    buttonNamed(el, /^\s*15 seconds\s*$/).click();
    await el.updateComplete;
    const start = output[0]!.start;
    expect(parseTimecode(editField(el, 'edit-end').value)).to.equal(start + 15);
    expect(buttonNamed(el, /^\s*15 seconds\s*$/).getAttribute('aria-pressed')).to.equal('true');
    // A two-second range keeps the loop short.
    await press(el, handle(el, 'end'), 'Home');
    expect(valueOf(handle(el, 'end'))).to.equal(start + 1);
    await press(el, handle(el, 'end'), 'ArrowRight');
    const loop = buttonNamed(el, /Loop the clip/);
    loop.click();
    await el.updateComplete;
    expect(loop.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => video.readyState >= 1, 'metadata', { timeout: 5000 });
    video.muted = true;
    buttonNamed(el, /Play clip/).click();
    await waitUntil(() => !video.paused && video.currentTime > start + 1.5, 'near the end', { timeout: 8000 });
    // Back at the start, still playing.
    await waitUntil(() => !video.paused && video.currentTime < start + 0.5, 'looped', { timeout: 8000 });
    video.pause();
    await expect(el).to.be.accessible();
  });

  it('sums up two saved clips with a link to each new entry on the host page', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks(), undefined, 'https://videos.example.edu/media/{entryId}?from=clips');
    await waitUntil(() => clipCards(el).length > 1, 'clips listed', { timeout: 5000 });
    for (const box of $$<HTMLInputElement>(el, 'li.clip input[type="checkbox"]').slice(0, 2)) box.click();
    await el.updateComplete;
    buttonNamed(el, /Save selected \(2\)/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    await waitUntil(() => $$(el, '.save-summary li').length === 2, 'both in the summary', { timeout: 5000 });
    expect($(el, '.save-summary h4')!.textContent!.trim()).to.equal('Saved 2 clips as new entries');
    const links = $$<HTMLAnchorElement>(el, '.save-summary a');
    expect(links).to.have.length(2);
    const titles = clipCards(el)
      .slice(0, 2)
      .map((card) => card.querySelector('.clip-title bdi')!.textContent);
    expect(links.map((link) => link.textContent)).to.have.members(titles);
    for (const [index, item] of $$(el, '.save-summary li').entries()) {
      const entryId = /\(([^)]+)\)\s*$/.exec(item.textContent!)![1]!;
      expect(links[index]!.href).to.equal(`https://videos.example.edu/media/${entryId}?from=clips`);
    }
    await expect(el).to.be.accessible();

    // Another lab of the entry (a later visit) links the saved clips too.
    const again = await lab(ks(), undefined, 'https://videos.example.edu/media/{entryId}');
    await waitUntil(() => $$(again, '.saves a').length === 2, 'the saved clips linked', { timeout: 5000 });
    expect(
      $$<HTMLAnchorElement>(again, '.saves a').every((link) =>
        link.href.startsWith('https://videos.example.edu/media/'),
      ),
    ).to.equal(true);
  });

  it('gives no links when the entry URL template is not an http(s) address', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks(), undefined, 'javascript:alert({entryId})');
    await openFirstClip(el);
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    await waitUntil(() => $$(el, '.save-summary li').length === 1, 'in the summary', { timeout: 5000 });
    expect($(el, '.save-summary h4')!.textContent!.trim()).to.equal('Saved 1 clip as a new entry');
    expect($$(el, 'a')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('accepts only absolute http and https entry addresses with the placeholder', () => {
    expect(entryLink('https://host/media/{entryId}', '0_ab c')).to.equal('https://host/media/0_ab%20c');
    expect(entryLink('http://host/m?id={entryId}', '0_1')).to.equal('http://host/m?id=0_1');
    for (const template of [
      undefined,
      '',
      'javascript:alert({entryId})',
      'JavaScript:void({entryId})',
      'data:text/html,{entryId}',
      '/media/{entryId}',
      'https://host/media/',
    ]) {
      expect(entryLink(template, '0_1'), template).to.equal(undefined);
    }
  });

  it('says how long generating should take: no promise for best effort, the time the turnaround promises, or that it is late', async () => {
    await apiClient(ks()).call(
      addTask({
        entryId: SOURCE,
        catalogItemId: SEED.catalog.machineClipsEnglish,
        taskJobData: { objectType: 'KalturaClipsVendorTaskData', outputLanguage: 'English', clipsDuration: 30 },
      }),
    );
    const el = await lab(ks());
    await waitUntil(() => $(el, '#task-status'), 'the status line', { timeout: 5000 });
    expect($(el, '#task-status')!.textContent).to.contain('This service promises no finish time (best effort).');
    expect($<HTMLProgressElement>(el, '#task-status progress')!.hasAttribute('value')).to.equal(false);
    await expect(el).to.be.accessible();

    // A service with a promised time (none of the sandbox's clips services has one): half-way there, then late.
    const now = 1_800_000_000;
    const task = {
      id: '1',
      entryId: SOURCE,
      status: EntryVendorTaskStatus.PROCESSING,
      createdAt: now - 3600,
      queueTime: now - 3600,
      expectedFinishTime: now + 3600,
      turnAroundTime: VendorServiceTurnAroundTime.TWO_HOURS,
    } as EntryVendorTask;
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(renderTaskStatus({ task, now, mayEdit: true }), host);
    expect(host.textContent).to.contain('Expected in 1 hour');
    expect(host.querySelector('progress')!.value).to.equal(50);
    render(renderTaskStatus({ task, now: now + 7200, mayEdit: true }), host);
    expect(host.textContent).to.contain('Taking longer than expected: it was due 1 hour ago');
    expect(host.querySelector('progress')!.hasAttribute('value')).to.equal(false);
  });
});
