import { expect } from '@open-wc/testing';
import {
  EntryStatus,
  EntryVendorTaskStatus,
  VendorServiceFeature,
  VendorServiceTurnAroundTime,
  isFinalTaskStatus,
  turnAroundSpan,
} from './enums.js';

describe('REACH enums', () => {
  it('keeps the wire values of the server', () => {
    expect(EntryVendorTaskStatus.PENDING_MODERATION).to.equal(4);
    expect(EntryVendorTaskStatus.SCHEDULED).to.equal(9);
    expect(VendorServiceFeature.CLIPS).to.equal(10);
    expect(VendorServiceTurnAroundTime.BEST_EFFORT).to.equal(-1);
    expect(VendorServiceTurnAroundTime.FORTY_EIGHT_HOURS).to.equal(172800);
    expect(EntryStatus.READY).to.equal('2');
  });

  it('numbers the service features 1 to 23 without gaps', () => {
    const values = Object.values(VendorServiceFeature).sort((a, b) => a - b);
    expect(values).to.deep.equal(Array.from({ length: 23 }, (_, index) => index + 1));
  });

  it('calls READY, ERROR, ABORTED and REJECTED final, and nothing else', () => {
    const finals = Object.values(EntryVendorTaskStatus).filter(isFinalTaskStatus);
    expect(finals.sort()).to.deep.equal(
      [
        EntryVendorTaskStatus.READY,
        EntryVendorTaskStatus.REJECTED,
        EntryVendorTaskStatus.ERROR,
        EntryVendorTaskStatus.ABORTED,
      ].sort(),
    );
    expect(isFinalTaskStatus(42)).to.equal(false);
  });

  it('reads a turnaround time as business days, seconds or best effort', () => {
    expect(turnAroundSpan(VendorServiceTurnAroundTime.BEST_EFFORT)).to.deep.equal({ unit: 'bestEffort' });
    expect(turnAroundSpan(VendorServiceTurnAroundTime.IMMEDIATE)).to.deep.equal({ unit: 'seconds', amount: 0 });
    expect(turnAroundSpan(VendorServiceTurnAroundTime.ONE_BUSINESS_DAY)).to.deep.equal({
      unit: 'businessDays',
      amount: 1,
    });
    expect(turnAroundSpan(VendorServiceTurnAroundTime.SEVEN_BUSINESS_DAYS)).to.deep.equal({
      unit: 'businessDays',
      amount: 7,
    });
    expect(turnAroundSpan(VendorServiceTurnAroundTime.THIRTY_MINUTES)).to.deep.equal({ unit: 'seconds', amount: 1800 });
    expect(turnAroundSpan(VendorServiceTurnAroundTime.TEN_DAYS)).to.deep.equal({ unit: 'seconds', amount: 864000 });
  });

  it('gives every turnaround time a span whose amount matches its kind', () => {
    for (const value of Object.values(VendorServiceTurnAroundTime)) {
      const span = turnAroundSpan(value);
      if (span.unit === 'businessDays') expect(span.amount).to.be.within(1, 7);
      if (span.unit === 'seconds') expect(span.amount === 0 || span.amount >= 1800).to.equal(true);
    }
  });
});
