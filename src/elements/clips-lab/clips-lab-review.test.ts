import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ClipsLab } from './clips-lab.js';
import { getEntry } from '../../reach/entries.js';
import { updateEntryMetadata } from '../../reach/clips.js';
import {
  advanceClock,
  injectFault,
  resetStats,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../../test/browser/sandbox.js';
import { sessionOf, text } from '../../../test/browser/elements.js';
import { parseTimecode } from './clip-edit.js';
import {
  SOURCE,
  apiClient,
  clipsAlreadyGenerated,
  children,
  $,
  $$,
  buttonNamed,
  type,
  choose,
  liveRegion,
  lab,
  next,
  clipCards,
  openFirstClip,
  editField,
  freshLabSession,
  labWithStoppedSave,
} from '../../../test/browser/clips-lab.js';

describe('clips-lab: review, preview and saves', function () {
  this.timeout(30000);
  const ks = freshLabSession();

  it('loads the source, its clips and everything the lab needs in one request', async () => {
    await clipsAlreadyGenerated(ks());
    await resetStats();
    const el = await lab(ks());
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const { httpRequests, calls } = await stats();
    expect(httpRequests).to.equal(1);
    expect(calls['baseentry.get']).to.equal(1);
    expect(calls['baseentry.list']).to.equal(1);
  });

  it('previews a clip from its offset and stops at its end', async () => {
    const output = await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    const video = await openFirstClip(el);
    const start = output[0]!.start;
    await waitUntil(() => video.readyState >= 1, 'metadata', { timeout: 5000 });
    // Opened at the clip, not at the start of the file (the sandbox serves byte ranges).
    await waitUntil(() => Math.abs(video.currentTime - start) < 0.5, `at the offset ${start}`, { timeout: 5000 });
    // A two-second trim keeps the test short; the preview follows the edited range.
    type(editField(el, 'edit-end'), String(start + 2));
    await el.updateComplete;
    video.muted = true;
    buttonNamed(el, /Play clip/).click();
    await waitUntil(() => !video.paused, 'playing', { timeout: 5000 });
    expect(video.currentTime).to.be.within(start - 0.1, start + 1);
    await waitUntil(() => video.paused, 'stopped by itself', { timeout: 8000 });
    expect(video.currentTime).to.be.within(start + 1.8, start + 2.25);
    await expect(el).to.be.accessible();
  });

  it('saves an edited clip as an entry with the trimmed duration, title and tags', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    type(editField(el, 'edit-name'), 'Warming planet <intro>');
    type(editField(el, 'edit-tags'), 'climate, keynote');
    const start = parseTimecode(editField(el, 'edit-start').value)!;
    type(editField(el, 'edit-end'), String(start + 12.5));
    const before = (await children(ks())).length;
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await expect(el).to.be.accessible();
    await advanceClock(10);
    const { entry, sourceEntryId } = await saved;
    expect(sourceEntryId).to.equal(SOURCE);
    expect(entry.status).to.equal('2');
    expect(entry.msDuration).to.equal(12500);
    const stored = await apiClient(ks()).call(getEntry(entry.id));
    expect(stored.name).to.equal('Warming planet <intro>');
    expect(stored.tags).to.equal('climate, keynote');
    expect(stored.rootEntryId).to.equal(SOURCE);
    expect(stored.operationAttributes?.[0]?.offset).to.equal(start * 1000);
    expect((await children(ks())).length).to.equal(before + 1);
    expect(text(el)).to.contain(`Saved as a new entry (${entry.id})`);
    await expect(el).to.be.accessible();
  });

  it('stops with a recoverable state when cutting the clip fails, and resumes with the same copy', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    const before = (await children(ks())).length;
    await injectFault({ service: 'media', action: 'updateContent', fault: 'http500' });
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /the clip was not cut yet/.test(text(el)), 'the failure', { timeout: 5000 });
    expect(text(el)).to.contain('this step did not happen');
    const empty = await children(ks(), ['7']);
    expect(empty).to.have.length(1);
    await expect(el).to.be.accessible();

    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Resume with the same copy/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    const { entry } = await saved;
    expect(entry.id).to.equal(empty[0]!.id);
    expect((await children(ks())).length).to.equal(before + 1);
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
  });

  it('goes on by itself when the answer to the cut was lost but the cut happened', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    const before = (await children(ks())).length;
    await injectFault({ service: 'media', action: 'updateContent', fault: 'dropAfterCommit' });
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    await saved;
    expect((await children(ks())).length).to.equal(before + 1);
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    expect((await stats()).calls['media.updateContent']).to.equal(1);
  });

  it('removes the copy of a save that stopped halfway', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    await injectFault({ service: 'media', action: 'updateContent', fault: 'http500' });
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /the clip was not cut yet/.test(text(el)), 'the failure', { timeout: 5000 });
    buttonNamed(el, /Remove the copy/).click();
    await waitUntil(() => /the unfinished copy was removed/.test(text(el)), 'removed', { timeout: 5000 });
    expect(await children(ks(), ['7'])).to.have.length(0);
  });

  it('shows an empty copy left by an earlier, interrupted save', async () => {
    const first = await labWithStoppedSave(ks());
    first.remove();
    // Gone for longer than a move: its session (and the saves it knew) went with it, as on another page.
    await waitUntil(() => !sessionOf(first), 'the first lab left its session', { timeout: 2000 });

    const el = await lab(ks());
    await waitUntil(() => /Unfinished save/.test(text(el)), 'the leftover', { timeout: 5000 });
    expect(buttonNamed(el, /Remove the copy/)).to.be.instanceOf(HTMLButtonElement);
    await expect(el).to.be.accessible();
  });

  it('shows a stopped save of another lab of the session, and resumes it with the same copy', async () => {
    const first = await labWithStoppedSave(ks());
    const empty = await children(ks(), ['7']);
    expect(empty).to.have.length(1);

    // A second lab on the same page and session knows the save: not a leftover, but a save to resume.
    const el = await fixture<ClipsLab>(
      html`<clips-lab entry-id=${SOURCE} service-url=${serviceUrl} .ks=${ks()}></clips-lab>`,
    );
    expect(sessionOf(el)).to.equal(sessionOf(first));
    await waitUntil(() => /the clip was not cut yet/.test(text(el)), 'the stopped save', { timeout: 5000 });
    expect(text(el)).to.not.contain('Unfinished save');
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Resume with the same copy/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    const { entry } = await saved;
    expect(entry.id).to.equal(empty[0]!.id);
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
  });

  it('saves several selected clips in one go', async () => {
    const output = await clipsAlreadyGenerated(ks());
    expect(output.length).to.be.greaterThan(2);
    const el = await lab(ks());
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const before = (await children(ks())).length;
    const boxes = $$<HTMLInputElement>(el, 'li.clip input[type="checkbox"]');
    for (const box of boxes.slice(0, 2)) box.click();
    await el.updateComplete;
    await resetStats();
    let savedCount = 0;
    el.addEventListener('reach-clip-saved', () => (savedCount += 1));
    buttonNamed(el, /Save selected \(2\)/).click();
    await waitUntil(
      () => $$(el, '.save.working').length === 2 && /Processing on the server/.test(text(el)),
      'both processing',
      { timeout: 5000 },
    );
    // The two clones went out together.
    const { calls, httpRequests } = await stats();
    expect(calls['baseentry.clone']).to.equal(2);
    expect(httpRequests).to.be.at.most(6);
    await advanceClock(10);
    await waitUntil(() => savedCount === 2, 'both saved', { timeout: 5000 });
    const saved = (await children(ks())).filter((entry) => entry.operationAttributes?.length);
    expect(saved.map((entry) => entry.name)).to.have.members([output[0]!.title, output[1]!.title]);
    expect((await children(ks())).length).to.equal(before + 2);
  });

  it('asks to fix an invalid range instead of saving it, keeping the text', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    type(editField(el, 'edit-name'), '');
    type(editField(el, 'edit-end'), '99:99');
    await resetStats();
    buttonNamed(el, /Save as a new entry/).click();
    await el.updateComplete;
    expect($(el, '#edit-name-error')!.textContent).to.contain('Give the clip a title');
    expect($(el, '#edit-end-error')!.textContent).to.contain('minutes and seconds');
    expect(editField(el, 'edit-end').value).to.equal('99:99');
    expect(el.shadowRoot!.activeElement).to.equal(editField(el, 'edit-name'));
    expect((await stats()).httpRequests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('names the selected clip that needs fixing instead of saving any of them', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    type(editField(el, 'edit-name'), '');
    for (const box of $$<HTMLInputElement>(el, 'li.clip input[type="checkbox"]').slice(0, 2)) box.click();
    await el.updateComplete;
    await resetStats();
    buttonNamed(el, /Save selected \(2\)/).click();
    await waitUntil(() => $(el, '.list-pane [role="alert"]'), 'the problem', { timeout: 2000 });
    expect($(el, '.list-pane [role="alert"]')!.textContent).to.contain('needs fixing');
    expect(el.shadowRoot!.activeElement).to.equal(editField(el, 'edit-name'));
    expect((await stats()).httpRequests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps a Hebrew entry name whole in the English “From” line, and isolates the clip names it announces', async () => {
    const hebrew = 'הרצאת פתיחה: אוקיינוסים';
    await apiClient(ks()).call(updateEntryMetadata(SOURCE, { name: hebrew }));
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await waitUntil(() => $(el, '.source bdi'), 'the source line', { timeout: 5000 });
    // The name sits in its own bidi isolate: its colon stays inside it, the quotes and the length stay outside.
    expect($(el, '.source bdi')!.textContent).to.equal(hebrew);
    expect($(el, '.source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`From “${hebrew}” (30:00)`);
    await openFirstClip(el);
    type(editField(el, 'edit-name'), 'סיכום (חלק א)');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(
      () => liveRegion(el) === 'Saving “\u2068סיכום (חלק א)\u2069”…',
      'the save announced, the name isolated',
      { timeout: 2000 },
    );
    await advanceClock(10);
    await waitUntil(
      () => liveRegion(el) === 'Saved “\u2068סיכום (חלק א)\u2069” as a new entry.',
      'the saved clip announced, the name isolated',
      { timeout: 5000 },
    );
  });

  it('shows AI and entry text as text, never as markup', async () => {
    await clipsAlreadyGenerated(ks());
    const [child] = await children(ks());
    await apiClient(ks()).call({
      service: 'media',
      action: 'update',
      params: {
        entryId: child!.id,
        mediaEntry: {
          objectType: 'KalturaMediaEntry',
          name: '<img src=x onerror="window.__pwned=1">Bold',
          description: '<b>loud</b>',
        },
      },
      parse: () => undefined,
      mutates: true,
    });
    const el = await lab(ks());
    // Renamed, the clip no longer matches the task's output by title: it is listed with the entry's other clips.
    await waitUntil(() => $(el, '#clip-set'), 'the set list', { timeout: 5000 });
    choose(
      el,
      'clip-set',
      $$<HTMLOptionElement>(el, '#clip-set option').find((option) => /Other clips/.test(option.text))!.value,
    );
    await waitUntil(() => /onerror/.test(text(el)), 'the odd title, as text', { timeout: 5000 });
    expect($$(el, 'li.clip img:not(.thumb)')).to.have.length(0);
    expect($$(el, 'li.clip b')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the entry’s captions in the preview and can burn them into the saved clip', async () => {
    const source = SEED.entries.seminar12;
    await clipsAlreadyGenerated(ks(), 20, source);
    const el = await lab(ks(), source);
    const video = await openFirstClip(el);
    await waitUntil(() => $<HTMLTrackElement>(el, 'video track'), 'a captions track', { timeout: 5000 });
    const track = $<HTMLTrackElement>(el, 'video track')!;
    expect(track.kind).to.equal('captions');
    expect(track.srclang).to.equal('en');
    // The SRT asset reaches the track as WebVTT, and its cues load.
    await waitUntil(() => (video.textTracks[0]?.cues?.length ?? 0) > 0, 'cues', { timeout: 5000 });

    $<HTMLInputElement>(el, '#edit-burn')!.click();
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    const { entry } = await saved;
    const raw = (await apiClient(ks()).call({
      service: 'baseentry',
      action: 'get',
      params: { entryId: entry.id },
      parse: (value) => value,
    })) as {
      operationAttributes: { captionAttributes?: { captionAssetId: string }[] }[];
    };
    expect(raw.operationAttributes[0]!.captionAttributes?.[0]?.captionAssetId).to.equal(
      SEED.captionAssets.seminarEnglish,
    );
  });

  it('lets a session that may not edit the entry watch the clips, but not order or save', async () => {
    await clipsAlreadyGenerated(ks());
    // A user whose role reads profiles and prices (a basic user session may not), who does not own the entry.
    const student = await startKs({
      type: 0,
      userId: SEED.users.student,
      privileges: `setrole:${SEED.roles.contentManager}`,
    });
    const el = await lab(student);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    expect(text(el)).to.contain('may not order or save clips');
    expect($(el, 'form.order')).to.equal(null);
    expect($$(el, 'li.clip input[type="checkbox"]')).to.have.length(0);
    buttonNamed(el, /^\s*Preview:/).click();
    await waitUntil(() => $(el, 'video'), 'the preview', { timeout: 5000 });
    expect($(el, 'form.edit')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the preview under its clip in a 360 px sidebar and beside the list when wide', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await fixture<ClipsLab>(
      html`<div style="inline-size: 360px"><clips-lab entry-id=${SOURCE} service-url=${serviceUrl} .ks=${ks()}></clips-lab></div>`,
    ).then((wrapper) => wrapper.querySelector('clips-lab')!);
    await openFirstClip(el);
    expect($(el, 'li.detail-item video')).to.be.instanceOf(HTMLVideoElement);
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-heading');
    expect($(el, '.detail-pane')).to.equal(null);
    const thumbnails = $$(el, 'li.clip .thumb');
    expect(thumbnails[0]!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    // Stacked: the picture above, the title and description across the card's whole width.
    const body = $$(el, 'li.clip .clip-body')[0]!.getBoundingClientRect();
    expect(thumbnails[0]!.getBoundingClientRect().bottom).to.be.at.most(body.top);
    expect(body.width).to.be.greaterThan(250);
    await expect(el).to.be.accessible();

    el.parentElement!.style.inlineSize = '1100px';
    await waitUntil(() => $(el, '.detail-pane video'), 'the preview beside the list', { timeout: 2000 });
    expect($(el, 'li.detail-item')).to.equal(null);
  });

  it('loads again when it is moved in the page', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => clipCards(el).length > 0 && !/Loading clips/.test(text(el)), 'clips listed again', {
      timeout: 5000,
    });
  });

  it('keeps a save going when it is moved in the page, and never starts a second copy', async () => {
    await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await openFirstClip(el);
    const before = (await children(ks())).length;
    await resetStats();
    // The clone is on its way when the lab is moved: it must not be cancelled, nor forgotten.
    await injectFault({ service: 'baseentry', action: 'clone', fault: 'latency', latencyMs: 400 });
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Copying the entry/.test(text(el)), 'copying', { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => $(el, 'form.edit') && !/Loading clips/.test(text(el)), 'the preview again', {
      timeout: 5000,
    });
    expect(buttonNamed(el, /Saving…/).getAttribute('aria-disabled')).to.equal('true');
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Saving…/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    await saved;
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    expect((await children(ks())).length).to.equal(before + 1);
  });

  it('places the timeline markers under a strict style-src policy without a violation', async () => {
    await clipsAlreadyGenerated(ks());
    const nonce = crypto.randomUUID();
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '1000px';
    // 'report-sample': each report carries the start of the blocked style, to tell the probe below from the lab's.
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'report-sample'; script-src 'self' 'nonce-${nonce}'">
      <script type="module" nonce="${nonce}">
        import '${new URL('./index.ts', import.meta.url).pathname}';
        window.labReady = true;
      </script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const frameWindow = frame.contentWindow as Window & typeof globalThis & { labReady?: boolean };
      await waitUntil(() => frameWindow.labReady, 'the lab loaded in the frame', { timeout: 5000 });
      const violations: { sample?: string }[] = [];
      new frameWindow.ReportingObserver(
        (reports) => violations.push(...reports.map((report) => report.body?.toJSON())),
        {
          types: ['csp-violation'],
          buffered: true,
        },
      ).observe();
      const el = frameWindow.document.createElement('clips-lab') as ClipsLab;
      Object.assign(el, { entryId: SOURCE, serviceUrl, ks: ks() });
      frameWindow.document.body.append(el);
      await waitUntil(() => $$(el, '.timeline button.marker').length > 0, 'markers', { timeout: 5000 });
      const track = $(el, '.track')!.getBoundingClientRect();
      const [first] = $$(el, '.timeline button.marker');
      const marker = first!.getBoundingClientRect();
      // Placed where the clip is (the seeded first clip does not start at 0:00), not at the start of the track.
      expect(marker.left).to.be.greaterThan(track.left + 2);
      // A violation of the test's own, after the lab rendered: reports reach the observer in the order they
      // happened, so once the probe's is in, any the lab caused are in too.
      await el.updateComplete;
      frameWindow.document.body.setAttribute('style', '--csp-probe: 1');
      const isProbe = (violation: { sample?: string }) => violation.sample?.startsWith('--csp-probe') ?? false;
      await waitUntil(() => violations.some(isProbe), 'the probe reported', { timeout: 5000 });
      expect(violations.filter((violation) => !isProbe(violation))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('revokes a caption track that arrives after the preview was reset', async () => {
    const source = SEED.entries.seminar12;
    await clipsAlreadyGenerated(ks(), 20, source);
    const el = await lab(ks(), source);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const created: string[] = [];
    const revoked: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL.call(URL, object);
      created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revokeObjectURL.call(URL, url);
    };
    try {
      // The media URL and the captions come late; meanwhile the lab is given another entry.
      await injectFault({ service: 'caption_captionasset', action: 'serve', fault: 'latency', latencyMs: 300 });
      buttonNamed(el, /Preview and edit/).click();
      await waitUntil(() => $(el, 'video'), 'the preview', { timeout: 5000 });
      el.entryId = SOURCE;
      await waitUntil(() => created.length === 1, 'the late caption track', { timeout: 5000 });
      await waitUntil(() => revoked.length === 1, 'revoked', { timeout: 2000 });
      expect(revoked).to.deep.equal(created);
      expect($(el, 'video track')).to.equal(null);
      const { preview } = el as unknown as { preview: { trackUrl?: string; mediaUrl?: string } };
      expect(preview.trackUrl).to.equal(undefined);
      expect(preview.mediaUrl).to.equal(undefined);
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });

  it('explains a load failure and can try again', async () => {
    const el = await lab(ks(), '0_missing1');
    await waitUntil(() => $(el, '[role="alert"]'), 'the error', { timeout: 5000 });
    expect(text(el)).to.contain('could not be loaded');
    expect(buttonNamed(el, /Try again/)).to.be.instanceOf(HTMLButtonElement);
    await expect(el).to.be.accessible();
  });

  it('plays in the host page’s Kaltura Player when it is there', async () => {
    const calls: string[] = [];
    const fake = Object.assign(new EventTarget(), {
      currentTime: 0,
      paused: true,
      loadMedia: (media: { entryId: string }) => calls.push(`loadMedia ${media.entryId}`),
      play: () => calls.push('play'),
      pause: () => undefined,
      destroy: () => calls.push('destroy'),
    });
    (window as unknown as { KalturaPlayer?: unknown }).KalturaPlayer = {
      setup: (config: { targetId: string; provider: { partnerId: number; uiConfId: number } }) => {
        calls.push(
          `setup ${config.provider.partnerId} ${config.provider.uiConfId} ${Boolean(document.getElementById(config.targetId))}`,
        );
        return fake;
      },
    };
    try {
      const output = await clipsAlreadyGenerated(ks());
      const el = await fixture<ClipsLab>(
        html`<clips-lab entry-id=${SOURCE} player-uiconf-id="4711" service-url=${serviceUrl} .ks=${ks()}></clips-lab>`,
      );
      await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
      buttonNamed(el, /Preview and edit/).click();
      await waitUntil(() => calls.length >= 2, 'player set up', { timeout: 5000 });
      expect(calls.slice(0, 2)).to.deep.equal([`setup ${SEED.partner} 4711 true`, `loadMedia ${SOURCE}`]);
      expect(fake.currentTime).to.equal(output[0]!.start);
      expect($(el, 'video')).to.equal(null);
      buttonNamed(el, /Play clip/).click();
      expect(calls).to.include('play');
      el.remove();
      expect(calls).to.include('destroy');
    } finally {
      delete (window as unknown as { KalturaPlayer?: unknown }).KalturaPlayer;
    }
  });
});
