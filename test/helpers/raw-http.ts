import { connect } from 'node:net';

export interface RawReply {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/**
 * Sends bytes as they are, over a fresh connection, and reads the answer until the server closes or the
 * announced body is in: for requests fetch will not send (a lying Content-Length, oversized headers).
 */
export function rawHttp(url: string, request: string): Promise<RawReply> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let data = Buffer.alloc(0);
    const finish = () => {
      const text = data.toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
      const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      const raw = text.slice(end + 4);
      const length = Number(headers['content-length'] ?? raw.length);
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: raw ? JSON.parse(raw.slice(0, length)) : undefined });
      socket.destroy();
    };
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      const text = data.toString('utf8');
      const end = text.indexOf('\r\n\r\n');
      const m = /content-length:\s*(\d+)/i.exec(text.slice(0, end));
      if (end >= 0 && m && Buffer.byteLength(text.slice(end + 4)) >= Number(m[1])) finish();
    });
    socket.on('error', () => {
      /* the server may reset once it has answered */
    });
    socket.on('close', () => {
      if (data.length) finish();
      else reject(new Error('connection closed without an answer'));
    });
    socket.write(request);
  });
}
