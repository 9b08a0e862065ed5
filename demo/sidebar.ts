// The KMS-like entry page of an instructor: the host picks one of the instructor's entries, hands the provider the
// KS a media portal gives its users (a USER session of Dr. Patel, whose role reads REACH profiles and prices), and
// logs the public events. The administrators' pages keep an ADMIN session.
import '../src/index.js';
import { connectDemo, SEED } from './demo-session.js';
import { mountClockControls } from './demo-clock.js';

/** Dr. Patel's own entries: a USER session may order only for entries its user owns or edits. */
const ENTRIES: [keyof typeof SEED.entries, string][] = [
  ['seminar12', 'Photosynthesis Seminar (12 min, English captions)'],
  ['spanishLecture', 'Biología Celular — Clase 1 (Spanish lecture)'],
  ['podcast20', 'Study Smarter Podcast (audio)'],
];

const picker = document.querySelector<HTMLSelectElement>('#entry')!;
const title = document.querySelector<HTMLElement>('#entry-title')!;
const player = document.querySelector<HTMLVideoElement>('#player')!;
const provider = document.querySelector('reach-provider')!;
provider.serviceUrl = location.origin;
for (const [key, label] of ENTRIES) picker.append(new Option(label, SEED.entries[key]));

function showEntry(): void {
  const entryId = picker.value;
  title.textContent = picker.selectedOptions[0]?.textContent ?? '';
  player.src = `/p/${SEED.partner}/sp/${SEED.partner}00/playManifest/entryId/${entryId}/format/url/protocol/http/a.webm`;
  for (const element of provider.querySelectorAll('reach-order-panel, reach-task-monitor, clips-lab'))
    element.setAttribute('entry-id', entryId);
}
picker.addEventListener('change', showEntry);
showEntry();

const log = document.querySelector('#log')!;
const note = (text: string) => log.prepend(Object.assign(document.createElement('li'), { textContent: text }));
document.addEventListener('reach-task-created', (event) => note(`reach-task-created: task ${event.task.id}`));
document.addEventListener('reach-task-changed', (event) =>
  note(`reach-task-changed: task ${event.task.id} ${event.previousStatus ?? '–'} → ${event.task.status}`),
);
document.addEventListener('reach-clip-saved', (event) =>
  note(`reach-clip-saved: ${event.entry.id} from ${event.sourceEntryId}`),
);
document.addEventListener('reach-error', (event) => note(`reach-error: ${event.code}`));

mountClockControls();
void connectDemo(undefined, { type: 0, userId: SEED.users.lecturer });
