// Every public /api/v1 endpoint, described with the same zod schemas that validate its
// requests. The OpenAPI document (GET /api/v1/openapi.json) and the /developers page are
// generated from this list; a test checks that it names every route under app/api/v1.
import type { z } from "zod";
import { ZQuoteRequest } from "@/lib/calculators/awards/schema";
import { ZLeanQuoteResponse, ZQuoteQuery } from "@/lib/awards/lean-quote";
import { ZOptimizeRequest, ZOptimizeResponse } from "@/lib/calculators/optimizer/schema";
import { ZMapQuery } from "@/app/api/v1/awards/map.svg/query";
import { ZPlaceSearchRequest, ZAirportSearchResponse, ZAirlineSearchResponse } from "@/lib/calculators/places/schema";
import { ZSafetyListRequest, ZSafetyListResponse, ZSafetyAirlineRequest, ZSafetyAirlineResponse, ZAirlineCode } from "@/lib/calculators/safety/schema";
import {
  ZConversionQuoteRequest,
  ZConversionQuoteResponse,
  ZPointsForMilesRequest,
  ZPointsForMilesResponse,
  ZCampaignCalendarQuery,
  ZCampaignCalendarResponse,
} from "@/lib/calculators/conversions/schema";
import { ZIhgBuyPointsRequest, ZIhgBuyPointsResponse, ZIhgSeriesQuery, ZIhgSeriesResponse } from "@/lib/calculators/ihg/schema";
import { ZAviosSubscriptionsRequest, ZAviosSubscriptionsResponse, ZAviosCollectRequest, ZAviosPlanResponse } from "@/lib/calculators/avios/schema";
import { ZKivaSimulateRequest, ZKivaSimulateResponse } from "@/lib/calculators/kiva/schema";
import { ZCardsCompareRequest, ZCardsCompareResponse } from "@/lib/calculators/cards/schema";
import { z as zod } from "zod";

export type Endpoint = {
  method: "GET" | "POST";
  /** OpenAPI path, with {param} for path parameters. */
  path: string;
  operationId: string;
  tag: "Awards" | "Places" | "Safety" | "Conversions" | "IHG" | "Avios" | "Earning" | "Meta";
  summary: string;
  description?: string;
  query?: z.ZodType;
  params?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  /** The 200 answer's media type when it is not JSON (e.g. the route map, an SVG image). */
  contentType?: "image/svg+xml";
  /** Runnable example: query string values, path values or a JSON body. */
  example: { query?: Record<string, string>; params?: Record<string, string>; body?: unknown };
  cacheable?: boolean;
};

const SAMPLE_QUOTE = {
  segments: [
    { from: "NRT", to: "HEL", carrier: "AY", cabin: "business", departs: "2024-06-01T10:25", arrives: "2024-06-01T15:10" },
    { from: "HEL", to: "LHR", carrier: "AY", cabin: "business", departs: "2024-06-03T17:00", arrives: "2024-06-03T18:35" },
  ],
  programs: ["JAL", "BA", "AS", "CX"],
  asOf: "2024-06-01",
};

export const ENDPOINTS: Endpoint[] = [
  {
    method: "POST", path: "/api/v1/awards/quote", operationId: "quoteAwards", tag: "Awards",
    summary: "Check an itinerary against every program's award rules and price it",
    description: "Distances (WGS84 and published TPM), stops classified in each airport's own time zone, and one quote per award type with the chart version in force on asOf.",
    query: ZQuoteQuery, body: ZQuoteRequest, response: ZLeanQuoteResponse, example: { body: SAMPLE_QUOTE },
  },
  {
    method: "POST", path: "/api/v1/awards/optimize", operationId: "optimizeAwards", tag: "Awards",
    summary: "The cheapest way to ticket a whole journey as consecutive award tickets",
    description: "Each ticket valid under its own program's rules; plans ranked through point valuations in cents (stored defaults, or yours in `valuations`); prices in different currencies are never added.",
    body: ZOptimizeRequest, response: ZOptimizeResponse, example: { body: { ...SAMPLE_QUOTE, valuations: { "JAL miles": 2.0, Avios: 1.5 } } },
  },
  {
    method: "GET", path: "/api/v1/awards/map.svg", operationId: "awardsMap", tag: "Awards",
    summary: "The route as an SVG world map: great-circle arcs, stops by kind, tickets coloured by program",
    description: "An image a blog can embed with <img>. Give airport codes (route=NRT-HEL-LHR) or the /awards page's own address (s=…, plan=best colours the optimizer's best plan).",
    query: ZMapQuery, response: zod.string().describe("SVG markup"), contentType: "image/svg+xml",
    example: { query: { route: "NRT-HEL-LHR", stops: "stopover", lang: "en" } }, cacheable: true,
  },
  {
    method: "GET", path: "/api/v1/airports", operationId: "searchAirports", tag: "Places",
    summary: "Find airports by IATA code, metropolitan code, city or name (English or Japanese)",
    query: ZPlaceSearchRequest, response: ZAirportSearchResponse, example: { query: { q: "helsinki", limit: "3" } }, cacheable: true,
  },
  {
    method: "GET", path: "/api/v1/airlines", operationId: "searchAirlines", tag: "Places",
    summary: "Find airlines by code or name (English or Japanese)",
    query: ZPlaceSearchRequest, response: ZAirlineSearchResponse, example: { query: { q: "finnair" } }, cacheable: true,
  },
  {
    method: "GET", path: "/api/v1/safety/airlines", operationId: "listSafetyRatings", tag: "Safety",
    summary: "Airline safety ratings (AirlineRatings.com stars, 1 to 7) for a year, filtered",
    query: ZSafetyListRequest, response: ZSafetyListResponse, example: { query: { year: "2024", alliance: "oneworld", minStars: "7" } }, cacheable: true,
  },
  {
    method: "GET", path: "/api/v1/safety/airlines/{code}", operationId: "getSafetyRating", tag: "Safety",
    summary: "One airline's rating for a year and its history",
    params: zod.object({ code: ZAirlineCode }),
    query: ZSafetyAirlineRequest.omit({ code: true }), response: ZSafetyAirlineResponse, example: { params: { code: "JL" } }, cacheable: true,
  },
  {
    method: "POST", path: "/api/v1/conversions/quote", operationId: "quoteConversion", tag: "Conversions",
    summary: "Convert Ponta or Saison permanent points into JAL miles with any campaign in force",
    body: ZConversionQuoteRequest, response: ZConversionQuoteResponse,
    example: { body: { route: "ponta-jal", points: 10001, date: "2023-07-15", campaignEntry: true, eligible: true } },
  },
  {
    method: "POST", path: "/api/v1/conversions/points-needed", operationId: "pointsForMiles", tag: "Conversions",
    summary: "Reverse mode: the points needed for a number of miles, with and without the campaign",
    body: ZPointsForMilesRequest, response: ZPointsForMilesResponse, example: { body: { route: "saison-jal", miles: 3000, date: "2023-07-15", campaignEntry: true } },
  },
  {
    method: "GET", path: "/api/v1/conversions/campaigns", operationId: "listCampaigns", tag: "Conversions",
    summary: "Past, current and upcoming conversion campaigns, each with its source",
    query: ZCampaignCalendarQuery, response: ZCampaignCalendarResponse, example: { query: {} }, cacheable: true,
  },
  {
    method: "POST", path: "/api/v1/ihg/buy-points", operationId: "buyIhgPoints", tag: "IHG",
    summary: "What an IHG points purchase costs per point, with the sale's bonus, the annual cap and a planned stay",
    body: ZIhgBuyPointsRequest, response: ZIhgBuyPointsResponse,
    example: { body: { points: 20000, bonusPercent: 100, centsPerPoint: 1.0, purchasedThisYear: 0, annualCap: 150000, stay: { cashUsd: 200, awardPoints: 40000 } } },
  },
  {
    method: "GET", path: "/api/v1/ihg/price-series", operationId: "ihgPriceSeries", tag: "IHG",
    summary: "Effective cents per point against quantity bought (for a plot)",
    query: ZIhgSeriesQuery, response: ZIhgSeriesResponse, example: { query: { bonusPercent: "100" } }, cacheable: true,
  },
  {
    method: "GET", path: "/api/v1/avios/subscriptions", operationId: "listAviosPlans", tag: "Avios",
    summary: "The BA Avios subscription plans, monthly and yearly, with cents per Avios",
    response: ZAviosSubscriptionsResponse, example: {}, cacheable: true,
  },
  {
    method: "POST", path: "/api/v1/avios/subscriptions", operationId: "judgeAviosPlans", tag: "Avios",
    summary: "The plans with a verdict per plan and billing against your value of an Avios",
    body: ZAviosSubscriptionsRequest, response: ZAviosSubscriptionsResponse, example: { body: { valueCentsPerAvios: 1.5 } },
  },
  {
    method: "POST", path: "/api/v1/avios/plan", operationId: "planAvios", tag: "Avios",
    summary: "The cheapest way (plan, billing, months) to collect a number of Avios by a date",
    body: ZAviosCollectRequest, response: ZAviosPlanResponse, example: { body: { targetAvios: 50000, deadline: "2027-12-31" } },
  },
  {
    method: "POST", path: "/api/v1/kiva/simulate", operationId: "simulateKiva", tag: "Earning",
    summary: "Miles earned and cost per mile of Kiva loans paid by a mile-earning card",
    body: ZKivaSimulateRequest, response: ZKivaSimulateResponse,
    example: { body: { loanUsd: 30, loans: 2, termMonths: 8, milesPerJpy: 0.01, fxCostPercent: 1.63, usdJpy: 157.58, repaymentRate: 0.96, years: 1, relend: true } },
  },
  {
    method: "POST", path: "/api/v1/cards/compare", operationId: "compareCards", tag: "Earning",
    summary: "Compare credit cards by net JAL miles per year for your yearly spending",
    body: ZCardsCompareRequest, response: ZCardsCompareResponse, example: { body: { yearlySpendJpy: 3000000, cards: [{ preset: "saison-platinum-business-amex" }] } },
  },
  {
    method: "GET", path: "/api/v1/openapi.json", operationId: "openapi", tag: "Meta",
    summary: "This document (OpenAPI 3.1)", response: zod.object({ openapi: zod.string() }).passthrough(), example: {}, cacheable: true,
  },
];

/** The example as a URL path with its query string. */
export function examplePath(e: Endpoint): string {
  let path = e.path;
  for (const [k, v] of Object.entries(e.example.params ?? {})) path = path.replace(`{${k}}`, encodeURIComponent(v));
  const qs = new URLSearchParams(e.example.query ?? {}).toString();
  return qs ? `${path}?${qs}` : path;
}

/** A runnable curl command for the example, against `origin`. */
export function curlExample(e: Endpoint, origin: string): string {
  const url = `${origin}${examplePath(e)}`;
  if (e.method === "GET") return `curl -s '${url}'`;
  return `curl -s -X POST '${url}' -H 'Content-Type: application/json' -d '${JSON.stringify(e.example.body ?? {})}'`;
}
