import { badUserInput, type DomainError } from '@boxoffice/platform';
import { DriverException } from '@mikro-orm/core';

/** SQLSTATE of an exclusion constraint violation. */
const EXCLUSION_VIOLATION = '23P01';

const UUID_IN_KEY = /=\(([0-9a-f-]{36}),/i;

/**
 * The contract error for a session the database refused because it overlaps another: the
 * exclusion constraints of the migration decide, so parallel changes can never both pass.
 * Undefined for any other error.
 */
export function overlapError(error: unknown): DomainError | undefined {
  if (!(error instanceof DriverException) || error.code !== EXCLUSION_VIOLATION) return undefined;
  const { constraint, detail } = error as DriverException & { constraint?: string; detail?: string };
  if (constraint === 'session_room_overlap') {
    return badUserInput([{ field: 'room', message: 'already holds another session of this event at that time' }]);
  }
  if (constraint === 'session_speaker_overlap') {
    const speakerId = UUID_IN_KEY.exec(detail ?? '')?.[1];
    const who = speakerId ? `speaker ${speakerId}` : 'a speaker';
    return badUserInput([{ field: 'speakerIds', message: `${who} already speaks in another session at that time` }]);
  }
  return undefined;
}

/** Runs a change of sessions, turning an overlap the database refused into its contract error. */
export async function refusingOverlaps<T>(change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    throw overlapError(error) ?? error;
  }
}
