/**
 * A payment service provider (card processor). It is called outside database transactions,
 * and every call carries an idempotency key derived from our own state, so a retry after a crash
 * between the provider's answer and our commit never moves money twice.
 */
export interface PaymentProvider {
  /** Stored on each payment as `provider`. */
  readonly name: string;
  charge(request: ChargeRequest): Promise<ChargeOutcome>;
  refund(request: RefundRequest): Promise<RefundReceipt>;
  /**
   * What became of the charge sent with this idempotency key: its outcome, or undefined when
   * the provider never received it (so no money moved). Reconciliation asks this.
   */
  findCharge(idempotencyKey: string): Promise<ChargeOutcome | undefined>;
}

export interface ChargeRequest {
  amountCents: number;
  currency: string;
  /** The client's token for the card or wallet to charge, e.g. 'pm_card_visa'. */
  paymentMethod: string;
  idempotencyKey: string;
}

export type ChargeOutcome =
  | { outcome: 'succeeded'; reference: string }
  /** The provider refused the charge; `reason` is its code, e.g. 'card_declined'. */
  | { outcome: 'declined'; reason: string }
  /** The payment method is not one the provider can charge: the client's input is wrong. */
  | { outcome: 'invalid_payment_method'; message: string };

export interface RefundRequest {
  /** The `reference` of the succeeded charge. */
  chargeReference: string;
  amountCents: number;
  currency: string;
  idempotencyKey: string;
}

export interface RefundReceipt {
  reference: string;
}
