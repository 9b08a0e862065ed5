import '../src/index.js';
import { connectDemo } from './demo-session.js';

const root = document.documentElement;
document.querySelector<HTMLInputElement>('#rtl')!.addEventListener('change', (event) => {
  const rtl = (event.target as HTMLInputElement).checked;
  root.lang = rtl ? 'he' : 'en';
  root.dir = rtl ? 'rtl' : 'ltr';
});
document.querySelector<HTMLInputElement>('#dark')!.addEventListener('change', (event) => {
  root.classList.toggle('dark', (event.target as HTMLInputElement).checked);
});
for (const monitor of document.querySelectorAll('reach-task-monitor')) monitor.serviceUrl = location.origin;
void connectDemo();
