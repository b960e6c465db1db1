import { givenChanges, newSessionRules, timeProblems } from '../../src/services/session-rules.js';

const event = { startsAt: new Date('2030-01-01T18:00:00Z'), endsAt: new Date('2030-01-01T21:00:00Z') };
const at = (time: string) => new Date(`2030-01-01T${time}:00Z`);

describe('timeProblems', () => {
  it('accepts a session exactly as long as its event', () => {
    expect(timeProblems(event, at('18:00'), at('21:00'))).toEqual([]);
  });

  it('names startsAt before the event and endsAt after it', () => {
    expect(timeProblems(event, at('17:59'), at('21:01')).map((problem) => problem.field)).toEqual(['startsAt', 'endsAt']);
  });

  it('refuses a session that ends when or before it starts', () => {
    expect(timeProblems(event, at('19:00'), at('19:00'))).toEqual([{ field: 'endsAt', message: 'must be after startsAt' }]);
  });
});

describe('givenChanges', () => {
  it('drops omitted fields and nulls of fields that cannot be cleared, keeps nulls that clear', () => {
    expect(givenChanges({ title: null, startsAt: undefined, room: null, track: 'B', speakerIds: null })).toEqual({ room: null, track: 'B' });
  });
});

describe('newSessionRules', () => {
  it('trims text, turns blank optional text into null, and refuses a speaker listed twice', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const base = { title: ' Talk ', startsAt: at('18:00'), endsAt: at('19:00'), room: '  ' };
    expect(newSessionRules.parse(base)).toMatchObject({ title: 'Talk', room: null, speakerIds: [] });
    expect(newSessionRules.safeParse({ ...base, speakerIds: [id, id] }).success).toBe(false);
  });
});
