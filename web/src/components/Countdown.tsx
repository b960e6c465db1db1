import { useEffect, useState } from 'preact/hooks';

/** Minutes and seconds left until `until`; calls onExpired once when it reaches zero. */
export function Countdown({ until, onExpired }: { until: string; onExpired(): void }) {
  const deadline = new Date(until).getTime();
  const [now, setNow] = useState(Date.now());
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  useEffect(() => {
    if (left === 0) {
      onExpired();
      return;
    }
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [now, left === 0]);
  return (
    <span class={`countdown${left < 60 ? ' urgent' : ''}`} data-testid="hold-countdown" role="timer">
      {Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}
    </span>
  );
}
