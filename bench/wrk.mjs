// One wrk run, as every benchmark here measures HTTP: wrk from Debian, 2 threads, keep-alive,
// bench/wrk_report.lua printing the counts and percentiles. An answer other than 2xx or 3xx, or a
// socket error, stops the benchmark, so a figure is never made of refusals.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wrk_report.lua');

// Requests a second and p50/p95/p99 in milliseconds of `seconds` of `method` on `url` over
// `connections` connections; `bodyFile` is the JSON body to send with a POST.
export function wrk(url, { connections, seconds, headers = {}, method = 'GET', bodyFile = '' }) {
  const argv = ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script];
  for (const [k, v] of Object.entries(headers)) argv.push('-H', `${k}: ${v}`);
  argv.push(url);
  const r = spawnSync('wrk', argv, { encoding: 'utf8', env: { ...process.env, WRK_METHOD: method, WRK_BODY_FILE: bodyFile } });
  if (r.status !== 0) throw new Error(`wrk ${argv.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  const m = r.stdout.match(/RESULT requests=(\d+) seconds=([\d.]+) p50_us=(\d+) p95_us=(\d+) p99_us=(\d+) bad_status=(\d+) socket_errors=(\d+)/);
  if (!m) throw new Error(`wrk printed no result: ${r.stdout}`);
  const [requests, secs, p50, p95, p99, bad, socketErrors] = m.slice(1).map(Number);
  if (requests === 0) throw new Error(`${method} ${url}: no answer in ${seconds} s`);
  if (bad > 0 || socketErrors > 0) throw new Error(`${method} ${url}: ${bad} bad answers, ${socketErrors} socket errors`);
  return { rps: requests / secs, p50: p50 / 1000, p95: p95 / 1000, p99: p99 / 1000 };
}
