import { expect } from '@open-wc/testing';
import { setPageLanguage } from '../../../test/browser/locale.js';
import { turnaroundLabel } from './labels.js';

describe('turnaround in words', () => {
  afterEach(() => setPageLanguage('en'));

  const businessDays = () => [1, 2, 3].map((days) => turnaroundLabel(days));

  it('says business days in the forms each language has for 1, 2 and more', async () => {
    expect(businessDays()).to.deep.equal(['1 business day', '2 business days', '3 business days']);
    await setPageLanguage('es');
    expect(businessDays()).to.deep.equal(['1 día hábil', '2 días hábiles', '3 días hábiles']);
    // Hebrew has a form of its own for two.
    await setPageLanguage('he');
    expect(businessDays()).to.deep.equal(['יום עסקים אחד', 'שני ימי עסקים', '3 ימי עסקים']);
  });
});
