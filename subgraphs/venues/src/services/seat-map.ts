import { randomUUID } from 'node:crypto';
import type { Seat, Section } from '../entities/index.js';
import type { NewSection } from './venue-rules.js';

/** The sections and seats of a new venue, with their ids, ready to insert. */
export interface SeatMap {
  sections: Section[];
  seats: Seat[];
  capacity: number;
}

export const seatLabel = (sectionName: string, row: string, number: number) => `${sectionName} ${row}-${number}`;

/** Lays out sections in the given order, each row's seats numbered 1..n. */
export function buildSeatMap(venueId: string, newSections: NewSection[]): SeatMap {
  const sections: Section[] = [];
  const seats: Seat[] = [];
  newSections.forEach(({ name, rows }, sectionPosition) => {
    const sectionId = randomUUID();
    let seatPosition = 0;
    for (const { label: row, seats: count } of rows) {
      for (let number = 1; number <= count; number += 1) {
        seats.push({ id: randomUUID(), sectionId, row, number, label: seatLabel(name, row, number), position: seatPosition });
        seatPosition += 1;
      }
    }
    sections.push({ id: sectionId, venueId, name, position: sectionPosition, seatCount: seatPosition });
  });
  return { sections, seats, capacity: seats.length };
}
