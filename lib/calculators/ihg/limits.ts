// The IHG request's bounds, shared by the schema and the form's messages.
// Kept apart from schema.ts so browser code (embed islands) can use them without zod.
/** Static ceiling; the stored rule narrows it (see `ihgBuyPointsRequestFor`). */
export const MAX_IHG_POINTS = 1_000_000;
