// BA Avios for BA-operated flights (also Iberia, Aer Lingus) before 2025-12-15, per zone:
// [off-peak, peak] for Y / W / C / F (a cabin missing = no such cabin). The chart of
// tickets issued before the change (awards.ts) and the base the post-change estimates
// are raised from (awards-ba-2025.ts).
export type BaCabin = "economy" | "premium" | "business" | "first";

export const BA_OPERATED_BEFORE_2025_12_15: [string, number, number | null, Partial<Record<BaCabin, [number, number]>>][] = [
  ["1", 1, 650, { economy: [4750, 5250], business: [8500, 9750] }],
  ["2", 651, 1151, { economy: [7250, 8250], business: [13500, 15750] }],
  ["3", 1152, 2000, { economy: [9250, 10750], business: [17750, 20750] }],
  ["4", 2001, 3000, { economy: [10000, 12500], premium: [20000, 25000], business: [31250, 37500], first: [42500, 50000] }],
  ["5", 3001, 4000, { economy: [13000, 20000], premium: [26000, 40000], business: [50000, 60000], first: [68000, 80000] }],
  ["6", 4001, 5500, { economy: [16250, 25000], premium: [32500, 50000], business: [62500, 75000], first: [85000, 100000] }],
  ["7", 5501, 6500, { economy: [19500, 30000], premium: [39000, 60000], business: [75000, 90000], first: [102000, 120000] }],
  ["8", 6501, 7000, { economy: [22750, 35000], premium: [45500, 70000], business: [87500, 105000], first: [119000, 140000] }],
  ["9", 7001, null, { economy: [32500, 50000], premium: [65000, 100000], business: [125000, 150000], first: [170000, 200000] }],
];

