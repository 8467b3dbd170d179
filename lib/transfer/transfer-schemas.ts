import { z } from "zod";

// The transfer routes' bodies. Creating takes nothing (an empty object); redeeming takes
// the code as typed, checked for its form by normalizeTransferCode after this.
export const createTransferSchema = z.object({});
export const redeemTransferSchema = z.object({ code: z.string().max(40) });
