import { RequestType } from 'vscode-languageserver-protocol';
import { marketList } from './planInputs';

/** The parameters of the server's `certlang/plan`: the product file's URI, the target markets and the shipment date. */
export interface PlanParams {
  readonly product: string;
  readonly markets: readonly string[];
  readonly ship: string;
  readonly today?: string;
  readonly estimate?: 'pessimistic' | 'expected' | 'optimistic';
}

/** The answer of `certlang/plan`: the plan as the page `certc plan --format html` writes. */
export interface PlanResult {
  readonly html: string;
}

/** `certlang/plan`: the language server plans a product file on the pack as it is open in the editor. */
export const planRequest = new RequestType<PlanParams, PlanResult, void>('certlang/plan');

/** The request for a product file (as a protocol URI), the markets and ship date as typed (checked by planInputs). */
export function planParams(product: string, markets: string, ship: string): PlanParams {
  return { product, markets: marketList(markets), ship: ship.trim() };
}
