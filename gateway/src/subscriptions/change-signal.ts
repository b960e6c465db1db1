/**
 * What the fan-out tells the gateways about one change: the channel's new version (an
 * availability's `version`, or the Kafka offset of a booking's fact: one key, one partition,
 * so offsets only grow) and when the change passed each hop, for the latency metrics.
 */
export interface ChangeSignal {
  version: number;
  /** Epoch ms: the domain event was recorded (in the committing transaction). */
  occurredAt: number;
  /** Epoch ms: the outbox relay produced it to Kafka (the message timestamp). */
  producedAt: number;
  /** Epoch ms: a gateway's fan-out consumer read it. */
  consumedAt: number;
}

export const encodeSignal = (signal: ChangeSignal): string => JSON.stringify(signal);

/** The signal in a Redis message, or undefined for anything else. */
export function decodeSignal(message: string): ChangeSignal | undefined {
  try {
    const signal = JSON.parse(message) as ChangeSignal;
    return Number.isFinite(signal.version) ? signal : undefined;
  } catch {
    return undefined;
  }
}
