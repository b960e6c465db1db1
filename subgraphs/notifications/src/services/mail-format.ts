/** How mails and notices show money and times: minor units as decimals, times in UTC. */
export const formatMoney = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency}`;

export const formatTime = (iso: string | Date) => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
