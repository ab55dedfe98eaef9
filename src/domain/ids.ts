import { randomBytes } from 'node:crypto';

/** The Twitter epoch: the cloud's sample id 1230939932055457792 decodes to a 2020 date with it. */
const EPOCH = 1288834974657n;

/**
 * Snowflake ids as the cloud issues them: 41 bits of milliseconds, 10 bits of worker, 12 bits of
 * sequence, always handed out as decimal strings because they exceed 2^53.
 */
export class Snowflake {
  private lastMs = -1n;
  private seq = 0n;

  constructor(
    private readonly workerId: number,
    private readonly nowMs: () => number = Date.now,
  ) {
    if (!Number.isInteger(workerId) || workerId < 0 || workerId > 1023) throw new Error('worker id must be 0..1023');
  }

  next(): string {
    let ms = BigInt(this.nowMs());
    if (ms < this.lastMs) {
      // A small step back (NTP slew) is absorbed by staying on the last millisecond; a large one would
      // risk duplicates, so refuse.
      if (this.lastMs - ms > 5n) throw new Error('clock moved backwards; refusing to issue ids');
      ms = this.lastMs;
    }
    if (ms === this.lastMs) {
      this.seq = (this.seq + 1n) & 0xfffn;
      if (this.seq === 0n) {
        while (ms <= this.lastMs) ms = BigInt(Math.max(this.nowMs(), Number(this.lastMs) + 1));
      }
    } else {
      this.seq = 0n;
    }
    this.lastMs = ms;
    return (((ms - EPOCH) << 22n) | (BigInt(this.workerId) << 12n) | this.seq).toString();
  }
}

/** Project, workspace, domain and user ids: 32 lowercase hex characters, as in the cloud. */
export function hex32(): string {
  return randomBytes(16).toString('hex');
}
