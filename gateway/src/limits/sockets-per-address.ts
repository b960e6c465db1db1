/** The websockets each client address holds open on this replica, at most `max` each. */
export class SocketsPerAddress {
  private readonly open = new Map<string, number>();

  constructor(readonly max: number) {}

  /** Takes one of `address`'s places; false when it already holds `max` sockets. */
  take(address: string): boolean {
    const held = this.open.get(address) ?? 0;
    if (held >= this.max) return false;
    this.open.set(address, held + 1);
    return true;
  }

  /** Gives back a place `take` gave. */
  release(address: string): void {
    const held = (this.open.get(address) ?? 0) - 1;
    if (held > 0) this.open.set(address, held);
    else this.open.delete(address);
  }
}
