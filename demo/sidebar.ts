// The KMS-like entry page: the host picks the entry, hands the KS to the provider, and logs the public events.
import '../src/index.js';
import { connectDemo, SEED } from './demo-session.js';
import { mountClockControls } from './demo-clock.js';

const ENTRIES: [keyof typeof SEED.entries, string][] = [
  ['keynote30', 'Opening Keynote (30 min)'],
  ['seminar12', 'Photosynthesis Seminar (12 min, English captions)'],
  ['withTasks', 'Genetics Lab Walkthrough (orders in every status)'],
  ['welcome', 'Welcome to the Media Portal (2 min 05 s)'],
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
void connectDemo();
