import { expect } from '@open-wc/testing';
import { safeUrl, thumbnailSrc } from './safe-url.js';

describe('safeUrl', () => {
  it('lets a host template filled with an entry id through only when it is http or https', () => {
    const fill = (template: string) => safeUrl(template.replaceAll('{entryId}', encodeURIComponent('0_abc')));
    expect(fill('/clips?entry={entryId}')).to.equal(new URL('/clips?entry=0_abc', location.href).href);
    expect(fill('https://example.com/clips/{entryId}')).to.equal('https://example.com/clips/0_abc');
    expect(fill('javascript:alert("{entryId}")')).to.equal(undefined);
    expect(fill(' JavaScript:alert(1)//{entryId}')).to.equal(undefined);
    expect(fill('vbscript:{entryId}')).to.equal(undefined);
  });

  it('sizes a thumbnail only when the server gave an http or https URL', () => {
    const base = 'https://cdn.example.com/p/1/thumbnail/entry_id/0_abc';
    expect(thumbnailSrc(base, 160, 90)).to.equal(`${base}/width/160/height/90`);
    expect(thumbnailSrc(base, 320, 180, '/vid_sec/12')).to.equal(`${base}/vid_sec/12/width/320/height/180`);
    expect(thumbnailSrc('javascript:alert(1)', 160, 90)).to.equal(undefined);
    expect(thumbnailSrc('data:image/svg+xml,<svg onload=alert(1)>', 160, 90)).to.equal(undefined);
    expect(thumbnailSrc(undefined, 160, 90)).to.equal(undefined);
  });
});
