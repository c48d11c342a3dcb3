// Spawn-to-initialize-response time of a language server executable: spawns `<exe> lsp`, sends
// `initialize` over stdio, stops the clock at the first response frame, then shuts it down.
//   node scripts/measure-startup.mjs [server/listing] [runs=21]   -> prints JSON {median, min, max, runs}
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const exe = process.argv[2] ?? 'server/listing';
const runs = Number(process.argv[3] ?? 21);

function frame(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

function once() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(exe, ['lsp'], { stdio: ['pipe', 'pipe', 'ignore'] });
    let buffer = Buffer.alloc(0);
    let elapsed;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('no initialize response within 10 s'));
    }, 10_000);
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      buffer = Buffer.concat([buffer, chunk]);
      if (elapsed === undefined && /"id":1\b/.test(buffer.toString('utf8'))) {
        elapsed = performance.now() - start;
        child.stdin.write(frame({ id: 2, method: 'shutdown' }));
        child.stdin.write(frame({ method: 'exit' }));
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      if (elapsed === undefined) reject(new Error('server exited before answering initialize'));
      else resolve(elapsed);
    });
    child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } }));
  });
}

const times = [];
await once(); // warm the page cache; not counted
for (let i = 0; i < runs; i++) times.push(await once());
times.sort((a, b) => a - b);
const round = (x) => Math.round(x * 10) / 10;
console.log(JSON.stringify({ exe, runs, median: round(times[Math.floor(runs / 2)]), min: round(times[0]), max: round(times[runs - 1]) }));
