// The "Right to left (Hebrew page)" checkbox of a demo page; ?dir=rtl opens the page right to left (for screenshots and links).
export function mountRtlToggle(box = document.querySelector<HTMLInputElement>('#rtl')!): void {
  const root = document.documentElement;
  const setRtl = (rtl: boolean) => {
    root.lang = rtl ? 'he' : 'en';
    root.dir = rtl ? 'rtl' : 'ltr';
  };
  box.addEventListener('change', () => setRtl(box.checked));
  if (new URLSearchParams(location.search).get('dir') === 'rtl') {
    box.checked = true;
    setRtl(true);
  }
}
