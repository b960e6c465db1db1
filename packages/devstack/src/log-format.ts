const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLORS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m', '\x1b[34m', '\x1b[31m'];
const RESET = '\x1b[0m';
const OMIT = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'name', 'service']);

/**
 * Turns a service's pino JSON line into `[users   ] 12:00:01 INFO  message {extra}`, with one
 * color per service; lines that are not JSON pass through with the prefix.
 */
export function prettyLogLine(services: readonly string[]) {
  const width = Math.max(...services.map((s) => s.length));
  return (service: string, line: string): string => {
    const color = COLORS[services.indexOf(service) % COLORS.length] ?? '';
    const prefix = `${color}[${service.padEnd(width)}]${RESET}`;
    try {
      const entry = JSON.parse(line) as Record<string, unknown>;
      const time = new Date(entry.time as number).toISOString().slice(11, 19);
      const extra = Object.fromEntries(Object.entries(entry).filter(([key]) => !OMIT.has(key)));
      const details = Object.keys(extra).length > 0 ? ` ${JSON.stringify(extra)}` : '';
      return `${prefix} ${time} ${LEVELS[entry.level as number] ?? entry.level} ${String(entry.msg ?? '')}${details}`;
    } catch {
      return `${prefix} ${line}`;
    }
  };
}
