import { PaymentStatus, type Payment } from '../../src/entities/index.js';
import { paymentOfBooking } from '../../src/services/payment-of-booking.js';

const attempt = (id: string, status: PaymentStatus) => ({ id, status }) as Payment;

describe('the payment that stands for a booking', () => {
  it('is none without attempts', () => {
    expect(paymentOfBooking([])).toBeNull();
  });

  it('is the latest attempt while none took the money', () => {
    expect(paymentOfBooking([attempt('a', PaymentStatus.FAILED), attempt('b', PaymentStatus.FAILED)])?.id).toBe('b');
  });

  it('is the attempt that took the money, even when a later one failed', () => {
    for (const captured of [PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED]) {
      expect(paymentOfBooking([attempt('a', PaymentStatus.FAILED), attempt('b', captured), attempt('c', PaymentStatus.FAILED)])?.id).toBe('b');
    }
  });
});
