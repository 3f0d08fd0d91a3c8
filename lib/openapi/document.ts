// The OpenAPI 3.1 document, generated from the endpoint registry's zod schemas
// (never written by hand). JSON Schema 2020-12 is OpenAPI 3.1's own dialect.
import * as z from "zod";
import { ENDPOINTS, type Endpoint } from "./registry";
import { ZInvalidRequest, ZNotFound } from "@/lib/api/errors";

type Json = Record<string, unknown>;

function schemaOf(s: z.ZodType, io: "input" | "output"): Json {
  const out = z.toJSONSchema(s, { io, unrepresentable: "any", target: "draft-2020-12" }) as Json;
  delete out.$schema;
  return out;
}

/** Query or path parameters from an object schema: one parameter per property. */
function parameters(s: z.ZodType | undefined, where: "query" | "path"): Json[] {
  if (!s) return [];
  const json = schemaOf(s, "input") as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    description: typeof schema.description === "string" ? schema.description : undefined,
    schema,
  }));
}

const ERROR = {
  internal: { type: "object", properties: { error: { const: "internal" }, requestId: { type: "string" } }, required: ["error", "requestId"] },
  rateLimited: { type: "object", properties: { error: { const: "rate_limited" }, message: { type: "string" } }, required: ["error"] },
  tooLarge: { type: "object", properties: { error: { const: "payload_too_large" } }, required: ["error"] },
  mediaType: { type: "object", properties: { error: { const: "unsupported_media_type" } }, required: ["error"] },
  unavailable: { type: "object", properties: { error: { const: "unavailable" }, message: { type: "string" } }, required: ["error"] },
};

const LOOKUPS = ["/api/v1/airports", "/api/v1/airlines"];

function operation(e: Endpoint): Json {
  const responses: Json = {
    "200": { description: "OK", content: { [e.contentType ?? "application/json"]: { schema: schemaOf(e.response, "output") } } },
    "400": { description: "Invalid request: every problem, with its path", content: { "application/json": { schema: { $ref: "#/components/schemas/InvalidRequest" } } } },
    "500": { description: "Unexpected error (no internals)", content: { "application/json": { schema: ERROR.internal } } },
    "503": { description: "The database cannot be reached", content: { "application/json": { schema: ERROR.unavailable } } },
  };
  if (e.params) responses["404"] = { description: "Unknown resource", content: { "application/json": { schema: { $ref: "#/components/schemas/NotFound" } } } };
  if (e.method === "POST") {
    responses["413"] = { description: "Body over 64 KB", content: { "application/json": { schema: ERROR.tooLarge } } };
    responses["415"] = { description: "The body is not sent as Content-Type: application/json", content: { "application/json": { schema: ERROR.mediaType } } };
  }
  // Everything that computes shares one budget per client (scripts/server/limits.mjs):
  // POSTs and GETs with inputs, except the airport and airline lookups.
  if (e.method === "POST" || (e.query && !LOOKUPS.includes(e.path))) {
    responses["429"] = {
      description: "Too many requests from this client",
      headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer" } } },
      content: { "application/json": { schema: ERROR.rateLimited } },
    };
  }
  const op: Json = {
    operationId: e.operationId,
    tags: [e.tag],
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    parameters: [...parameters(e.params, "path"), ...parameters(e.query, "query")],
    responses,
  };
  if (e.body) {
    op.requestBody = {
      required: true,
      content: { "application/json": { schema: schemaOf(e.body, "input"), ...(e.example.body !== undefined ? { example: e.example.body } : {}) } },
    };
  }
  return op;
}

export function buildOpenApiDocument(serverUrl = "/"): Json {
  const paths: Record<string, Json> = {};
  for (const e of ENDPOINTS) (paths[e.path] ??= {})[e.method.toLowerCase()] = operation(e);
  return {
    openapi: "3.1.0",
    info: {
      title: "Tabiji public API",
      version: "1.0.0",
      description:
        "Points-and-miles calculators: award itineraries, point conversions, IHG and Avios purchases, airline safety and mile earning. JSON in and out; errors share one shape.",
    },
    servers: [{ url: serverUrl }],
    tags: [...new Set(ENDPOINTS.map((e) => e.tag))].map((name) => ({ name })),
    paths,
    components: { schemas: { InvalidRequest: schemaOf(ZInvalidRequest, "output"), NotFound: schemaOf(ZNotFound, "output") } },
  };
}

let cached: Json | undefined;
export function openApiDocument(): Json {
  cached ??= buildOpenApiDocument();
  return cached;
}
