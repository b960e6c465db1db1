import { BoundedLabel, OTHER_LABEL } from '../../src/metrics/bounded-label.js';

describe('BoundedLabel (client-chosen metric labels)', () => {
  it('keeps the first values and folds every later one into __other, however many arrive', () => {
    const label = new BoundedLabel(3);
    expect(['a', 'b', 'c'].map((value) => label.of(value))).toEqual(['a', 'b', 'c']);
    const later = Array.from({ length: 10_000 }, (_, i) => label.of(`attack${i}`));
    expect(new Set(later)).toEqual(new Set([OTHER_LABEL]));
    expect(label.of('b')).toBe('b');
  });

  it('cuts long values, so one label value cannot carry a whole document', () => {
    const label = new BoundedLabel(10);
    expect(label.of('x'.repeat(100_000))).toHaveLength(100);
  });
});
