// Parts loaded on first use, as a page that cannot download them sees them; what their tests look for.
import { text } from './elements.js';

/**
 * From now on this page fails to download the module at `url` (a part not loaded yet), as an offline page or a CDN
 * that refuses would: an import map sends it to an address that is not there. A page keeps its import maps: use it
 * in a test file of its own, or last for that part.
 */
export function breakPart(url: URL): void {
  // The test server gives the TypeScript source under the module's own name, `.ts`.
  const source = url.href.replace(/\.js$/, '.ts');
  const map = document.createElement('script');
  map.type = 'importmap';
  map.textContent = JSON.stringify({ imports: { [url.href]: '/no-such-part.js', [source]: '/no-such-part.js' } });
  document.head.append(map);
}

/** What the place of a part that could not be loaded says. */
export const PART_FAILURE = 'This part could not be loaded. Check your connection and try again. Try again';

/** The first element of `el`'s shadow root that `selector` matches. */
export const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

/** The button of `el` whose words match `name`. */
export function button(el: HTMLElement, name: RegExp): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => name.test(text(candidate)));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}
