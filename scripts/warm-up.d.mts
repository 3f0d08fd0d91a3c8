// Types for scripts/warm-up.mjs (plain JavaScript, run by node before Next).
import type { IncomingMessage, ServerResponse } from "node:http";

export const WARM_PATHS: readonly string[];
export function warmUp(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  paths?: readonly string[],
  log?: (line: string) => void,
): Promise<{ path: string; status: number; ms: number }[]>;
