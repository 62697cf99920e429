import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatReport } from '../../agent/commands/send.js';
import { describeState, formatOffers, formatTransfers, NO_OFFERS, OUTBOX_EMPTY, recipientsOf, reportCounts } from '../../agent/commands/transfer-format.js';
import { parseOneArgument } from '../../agent/commands/command-line.js';
import type { PlainDict } from '../../agent/dbus-client.js';

const P1 = '12D3KooWAnaAnaAnaAnaAnaAnaAnaAnaAnaAnaAnaAnaAnaAnaA';
const P2 = '12D3KooWBoBoBoBoBoBoBoBoBoBoBoBoBoBoBoBoBoBoBoBoBo';
const P3 = '12D3KooWChenChenChenChenChenChenChenChenChenChenCh';

const report: PlainDict = {
  delivered: 1,
  waiting: 1,
  failed: 1,
  recipients: [
    { peer_id: P1, nick: 'Ana', state: 'delivered', done: 10, total: 10, reason: '' },
    { peer_id: P2, nick: 'Bo', state: 'waiting', done: 4, total: 10, reason: '' },
    { peer_id: P3, nick: '', state: 'failed', done: 0, total: 10, reason: 'not enough space on that laptop (needs 10 B, has 2 B)' },
  ],
};

test('the report names who has it, who gets it later, who failed and why', () => {
  assert.equal(reportCounts(report), { delivered: 1, waiting: 1, held: 0, failed: 1, cancelled: 0 });
  const text = formatReport(report);
  assert.match(text, /^Delivered to 1 of 3\.$/m);
  assert.match(text, /^Waiting: 1 \(they get it automatically/m);
  assert.match(text, /^ {2}Bo: away: gets it when back$/m);
  assert.match(text, /^Failed: 1:$/m);
  assert.match(text, new RegExp(`^  ${P3.slice(0, 16)}…: failed: not enough space on that laptop`, 'm'));
});

test('states in words, with a percentage while receiving', () => {
  const [r] = recipientsOf({ recipients: [{ peer_id: P1, nick: 'Ana', state: 'sending', done: 25, total: 100 }] });
  assert.is(describeState(r!), 'receiving, 25%');
  assert.is(describeState({ ...r!, state: 'held' }), 'asked: waiting for them to accept');
  assert.equal(recipientsOf({ recipients: 'nonsense' }), []);
});

test('outbox and offers: empty and filled', () => {
  assert.is(formatTransfers([]), OUTBOX_EMPTY);
  const text = formatTransfers([{ id: 'abcd1234', files: ['worksheet.pdf'], size: 2048, created_at: 1_700_000_000, ...report }]);
  assert.match(text, /^abcd1234 {2}worksheet\.pdf \(2\.0 kB each\), 2023-11-14 22:13 UTC: delivered 1 of 3$/m);
  assert.match(text, /^ {2}Ana\s+has it$/m);
  assert.is(formatOffers([]), NO_OFFERS);
  const offers = formatOffers([{ id: 'k7q2', from_nick: 'Teacher', files: [{ name: 'a.pdf', title: 'Homework' }], size: 10, state: 'waiting', expires_at: 1_700_000_000 }]);
  assert.match(offers, /^k7q2\s+Teacher\s+Homework\s+10 bytes\s+waiting/m);
  assert.match(offers, /mesh-share accept ID/);
});

test('one-argument commands: help, missing, extra, flags', () => {
  assert.equal(parseOneArgument(['--help'], 'x'), { kind: 'help' });
  assert.equal(parseOneArgument([], 'an offer id'), { kind: 'usage', message: 'say which: an offer id.' });
  assert.equal(parseOneArgument(['a', 'b'], 'x'), { kind: 'usage', message: 'give one at a time (got 2).' });
  assert.equal(parseOneArgument(['Ana', '--remove'], 'x', ['remove']), { kind: 'value', value: 'Ana', flags: { remove: true } });
  assert.is(parseOneArgument(['--bogus'], 'x').kind, 'usage');
});

test.run();
