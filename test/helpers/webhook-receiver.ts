import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a receiver got: the raw body as sent (signatures are over it), its headers, and the URL's path and query. */
export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The status the receiver answered; 0 while the answer is held back. */
  answered: number;
}

/** A local HTTP receiver of webhooks; `answer` decides each status (and may hold the answer back). */
export interface Receiver {
  url: string;
  received: Received[];
  answer: (r: Omit<Received, 'answered'>, n: number) => number | Promise<number>;
  waitFor(test: (all: Received[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startReceiver(answer: Receiver['answer'] = () => 200): Promise<Receiver> {
  const r: Receiver = {
    url: '',
    received: [],
    answer,
    async waitFor(test, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!test(r.received)) {
        if (Date.now() > deadline) throw new Error(`the receiver did not get what was awaited; it got ${r.received.length} requests`);
        await new Promise((res) => setTimeout(res, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  let n = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const got = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const entry: Received = { ...got, answered: 0 };
      r.received.push(entry);
      void Promise.resolve(r.answer(got, n++)).then((status) => {
        entry.answered = status;
        res.statusCode = status;
        if (status >= 300 && status < 400) res.setHeader('location', 'http://127.0.0.1:1/elsewhere');
        res.end('{}');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return r;
}
