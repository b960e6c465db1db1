import { BoundedLabel, requestMetricsPlugin } from '@boxoffice/platform';
import type { GatewayContext } from './context.js';

/** Distinct operation names kept as labels; later ones are counted under `__other`. */
const MAX_OPERATION_NAMES = 500;

/**
 * Rate, errors and duration per operation name (`gateway_operation_*`); a request without a
 * name is `__anonymous`, one refused before its operation was known is `__invalid`.
 */
export function operationMetrics() {
  const names = new BoundedLabel(MAX_OPERATION_NAMES);
  return requestMetricsPlugin<GatewayContext>({
    prefix: 'gateway_operation',
    label: 'operation',
    valuesOf: ({ operation, operationName }) => [operation ? names.of(operationName ?? '__anonymous') : '__invalid'],
  });
}
