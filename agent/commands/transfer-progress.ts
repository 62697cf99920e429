/**
 * The live view of `mesh-share send`: one progress bar per laptop (the
 * cli-progress library) on a terminal, nothing when the output is a pipe
 * or a file (the report at the end says it all).
 */
import cliProgress from 'cli-progress';
import type { TransferEvent } from '../dbus-client.js';
import { describeState, recipientName, recipientView, type RecipientView } from './transfer-format.js';

export class TransferProgressView {
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  private readonly views = new Map<string, RecipientView>();
  private readonly multibar: cliProgress.MultiBar | null;
  private closed = false;

  constructor(stream: NodeJS.WriteStream, recipients: readonly RecipientView[]) {
    const tty = stream.isTTY === true;
    this.multibar = tty
      ? new cliProgress.MultiBar(
          {
            stream,
            format: ' {name} {bar} {percentage}% {state}',
            barsize: 24,
            hideCursor: true,
            clearOnComplete: false,
            stopOnComplete: false,
            autopadding: true,
            // Redraw on updates only: no timer while nothing moves.
            noTTYOutput: false,
            fps: 5,
          },
          cliProgress.Presets.shades_classic,
        )
      : null;
    const width = Math.max(4, ...recipients.map((r) => [...recipientName(r)].length));
    for (const r of recipients) {
      this.views.set(r.peerId, r);
      const bar = this.multibar?.create(Math.max(1, r.total), r.done, { name: recipientName(r).padEnd(width), state: describeState(r) });
      if (bar) this.bars.set(r.peerId, bar);
    }
  }

  get size(): number {
    return this.views.size;
  }

  update(event: TransferEvent): void {
    if (this.closed || event.kind === 'finished') return;
    const peerId = event.kind === 'progress' ? event.peerId : recipientView(event.recipient).peerId;
    const known = this.views.get(peerId);
    const view: RecipientView =
      event.kind === 'progress'
        ? { ...(known ?? { peerId, nick: '', state: 'sending', reason: '' }), state: 'sending', done: event.done, total: event.total }
        : recipientView(event.recipient);
    this.views.set(peerId, view);
    const bar = this.bars.get(peerId);
    if (!bar) return;
    bar.setTotal(Math.max(1, view.total));
    bar.update(view.done, { state: describeState(view) });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.multibar?.stop();
  }
}
