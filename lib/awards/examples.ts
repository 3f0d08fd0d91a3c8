/**
 * Example itineraries offered on the empty /awards page, so a new user sees at
 * once what the checker does. Both are the facts' own examples, flown in June 2027
 * (in the future of the booking date, which defaults to today).
 */
import { requestToDraft, serializeItinerary } from "./url";

/** api.md's example: NRT-HEL-LHR on Finnair in business, two days in Helsinki. */
export const HELSINKI_STOPOVER = {
  segments: [
    { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2027-06-01T10:25", arrives: "2027-06-01T15:10" },
    { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2027-06-03T17:00", arrives: "2027-06-03T18:35" },
  ],
} as const;

/** facts §7: Tokyo-Honolulu round trip (2 x 3,831 TPM) on JAL out and American back: a oneworld award. */
export const HONOLULU_ROUND_TRIP = {
  segments: [
    { from: "HND", to: "HNL", carrier: "JL", cabin: "economy", departs: "2027-06-01T21:55", arrives: "2027-06-01T10:00" },
    { from: "HNL", to: "HND", carrier: "AA", cabin: "economy", departs: "2027-06-05T13:00", arrives: "2027-06-06T16:30" },
  ],
} as const;

export const EXAMPLES = [
  { key: "helsinki", href: `/awards?${serializeItinerary(requestToDraft(HELSINKI_STOPOVER))}` },
  { key: "honolulu", href: `/awards?${serializeItinerary(requestToDraft(HONOLULU_ROUND_TRIP))}` },
] as const;
