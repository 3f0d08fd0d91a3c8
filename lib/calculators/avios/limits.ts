// The Avios request's bounds, shared by the schema and the form's messages.
// Kept apart from schema.ts so browser code (embed islands) can use them without zod.
export const MAX_TARGET_AVIOS = 2_000_000;
