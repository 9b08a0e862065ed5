import { expect } from '@open-wc/testing';
import { isAborted, isApiErrorBody, KalturaApiError, normaliseErrorArgs, redact, toApiError } from './errors.js';

describe('Kaltura error bodies', () => {
  it('reads args sent as a map, with values as text', () => {
    expect(normaliseErrorArgs({ ENTRY_ID: '0_abc123', CATALOG_ITEM_ID: '4242', VERSION: 0 })).to.deep.equal({
      ENTRY_ID: '0_abc123',
      CATALOG_ITEM_ID: '4242',
      VERSION: '0',
    });
  });

  it('reads args sent as an empty array, and missing args', () => {
    expect(normaliseErrorArgs([])).to.deep.equal({});
    expect(normaliseErrorArgs(undefined)).to.deep.equal({});
  });

  it('reads args sent as the XML-style list', () => {
    const args = [
      { objectType: 'KalturaApiExceptionArg', name: 'KSID', value: 'EXPIRED' },
      { name: 'ERR_CODE', value: -1 },
    ];
    expect(normaliseErrorArgs(args)).to.deep.equal({ KSID: 'EXPIRED', ERR_CODE: '-1' });
  });

  it('recognises an error by its objectType, or by code and message when there is none', () => {
    expect(isApiErrorBody({ objectType: 'KalturaAPIException', code: 'X', message: 'y', args: [] })).to.equal(true);
    expect(isApiErrorBody({ code: 'X', message: 'y' })).to.equal(true);
    // A KalturaRule has code and message too, and is a result.
    expect(isApiErrorBody({ code: 'X', message: 'y', objectType: 'KalturaRule' })).to.equal(false);
    expect(isApiErrorBody({ id: '1', objectType: 'KalturaEntryVendorTask' })).to.equal(false);
    expect(isApiErrorBody({ code: 1, message: 'y' })).to.equal(false);
    expect(isApiErrorBody(null)).to.equal(false);
    expect(isApiErrorBody([])).to.equal(false);
  });

  it('removes every copy of the KS from text', () => {
    expect(redact('Invalid KS "djJ8abc" for djJ8abc', 'djJ8abc')).to.equal('Invalid KS "[KS]" for [KS]');
    expect(redact('nothing here', '')).to.equal('nothing here');
  });
});

describe('toApiError and isAborted', () => {
  it('keeps a KalturaApiError as it is', () => {
    const error = new KalturaApiError({ code: 'X', message: 'x', kind: 'api' });
    expect(toApiError(error)).to.equal(error);
  });

  it('makes a failed fetch transient, or uncertain for a change', () => {
    const network = toApiError(new TypeError('Failed to fetch'), { service: 'media', action: 'list' });
    expect([network.kind, network.code, network.service, network.action]).to.deep.equal([
      'transient',
      'NETWORK_ERROR',
      'media',
      'list',
    ]);
    const change = toApiError(new TypeError('Failed to fetch'), {
      service: 'reach_entryvendortask',
      action: 'add',
      mutates: true,
    });
    expect([change.kind, change.code]).to.deep.equal(['uncertain', 'OUTCOME_UNKNOWN']);
  });

  it('makes any other error an unexpected, not retryable one', () => {
    const bug = toApiError(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect([bug.kind, bug.code]).to.deep.equal(['api', 'UNEXPECTED']);
    expect(toApiError('text').message).to.equal('text');
  });

  it('recognises aborts', () => {
    const abort = new DOMException('stop', 'AbortError');
    expect(toApiError(abort).kind).to.equal('aborted');
    expect(isAborted(abort)).to.equal(true);
    expect(isAborted(new KalturaApiError({ code: 'ABORTED', message: '', kind: 'aborted' }))).to.equal(true);
    expect(isAborted(new Error('no'))).to.equal(false);
  });
});
