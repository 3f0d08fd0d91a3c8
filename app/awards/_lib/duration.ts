/** Minutes as whole days, hours and minutes (a stay of 2,990 minutes = 2 d 1 h 50 min). */
export function splitMinutes(minutes: number): { days: number; hours: number; minutes: number } {
  const m = Math.max(0, Math.round(minutes));
  return { days: Math.floor(m / 1440), hours: Math.floor((m % 1440) / 60), minutes: m % 60 };
}
