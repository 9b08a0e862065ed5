import { expect } from '@open-wc/testing';
import { checkClipEdit, formatTimecode, parseTimecode, type ClipEdit } from './clip-edit.js';

const edit = (start: string, end: string, name = 'A clip'): ClipEdit => ({
  name,
  description: '',
  tags: '',
  start,
  end,
  burnCaptions: false,
});

describe('clip times as people type them', () => {
  it('reads minutes and seconds, hours, plain seconds and tenths', () => {
    expect(parseTimecode('1:05')).to.equal(65);
    expect(parseTimecode(' 65 ')).to.equal(65);
    expect(parseTimecode('1:05.5')).to.equal(65.5);
    expect(parseTimecode('1:05,5')).to.equal(65.5);
    expect(parseTimecode('1:02:03')).to.equal(3723);
  });

  it('refuses what is not a time', () => {
    for (const text of ['', 'abc', '1:60', '1::05', '-5', '1:05:', '1.5:00'])
      expect(parseTimecode(text), text).to.equal(undefined);
  });

  it('writes times back the way it reads them', () => {
    expect(formatTimecode(65)).to.equal('1:05');
    expect(formatTimecode(65.5)).to.equal('1:05.5');
    expect(parseTimecode(formatTimecode(3723.4))).to.equal(3723.4);
  });

  it('keeps a clip inside the source and at least a second long, saying which field is wrong', () => {
    expect(checkClipEdit(edit('1:00', '1:30'), 600).range).to.deep.equal({ start: 60, end: 90 });
    expect(checkClipEdit(edit('1:00', '1:00.5'), 600).errors.end).to.contain('at least 1 second');
    expect(checkClipEdit(edit('1:00', '10:01'), 600).errors.end).to.contain('10:00 at the latest');
    expect(checkClipEdit(edit('10:00', '10:00'), 600).errors.start).to.contain('before 10:00');
    expect(checkClipEdit(edit('soon', '1:30'), 600).errors.start).to.contain('minutes and seconds');
    expect(checkClipEdit(edit('1:00', '1:30', '  '), 600).errors.name).to.contain('title');
  });
});
