// Stored dates are DateTime at UTC midnight; the admin area reads and writes YYYY-MM-DD.
export const toDay = (d: Date): string => d.toISOString().slice(0, 10);
export const fromDay = (s: string): Date => new Date(`${s}T00:00:00.000Z`);
export const maybeDay = (d: Date | null): string | null => (d ? toDay(d) : null);
