// Reference figures kept as dated versions: card presets (terms by date), single values
// (Kiva defaults, IHG valuation range, the usual campaign pattern) and exchange rates.
// A new version is a new row; an imported row counts as verified on the day it is imported.
import "server-only";
import { decimal, jsonCell, text } from "../../cells";
import type { TableSpec } from "../spec";
import { confidenceColumn, dbDay, effectiveFromColumn, sourceColumn, storedDay } from "./common";
import { ZCardPresetData } from "@/lib/calculators/cards/from-rows";

const importedToday = () => dbDay(new Date().toISOString().slice(0, 10));

export const cardPresetsTable: TableSpec = {
  name: "card-presets",
  entity: "CardPreset",
  keyColumns: ["code", "effectiveFrom"],
  versioned: true,
  columns: [
    { name: "code", parse: text({ max: 60, required: true, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, patternCode: "patternDefault" }) },
    effectiveFromColumn,
    { name: "name", parse: text({ max: 120, required: true }) },
    { name: "nameJa", parse: text({ max: 120, required: true }) },
    { name: "data", parse: jsonCell((v) => (ZCardPresetData.safeParse(v).success ? null : { code: "notJson", params: { value: JSON.stringify(v).slice(0, 60) } })) },
    sourceColumn,
    confidenceColumn,
  ],
  async load(client) {
    const rows = await client.cardPreset.findMany({ orderBy: [{ code: "asc" }, { effectiveFrom: "asc" }] });
    return rows.map((r) => ({ code: r.code, effectiveFrom: storedDay(r.effectiveFrom), name: r.name, nameJa: r.nameJa, data: JSON.parse(r.data), source: r.source, confidence: r.confidence }));
  },
  toRows: (item) => [{ ...item, data: JSON.stringify(item.data) }],
  async create(tx, i) {
    await tx.cardPreset.create({
      data: {
        code: String(i.code), effectiveFrom: dbDay(i.effectiveFrom), name: String(i.name), nameJa: String(i.nameJa),
        data: JSON.stringify(i.data), source: String(i.source), confidence: String(i.confidence), verifiedOn: importedToday(),
      },
    });
  },
  async remove(tx, i) {
    await tx.cardPreset.delete({ where: { code_effectiveFrom: { code: String(i.code), effectiveFrom: dbDay(i.effectiveFrom) } } });
  },
};

export const referenceValuesTable: TableSpec = {
  name: "reference-values",
  entity: "ReferenceValue",
  keyColumns: ["key", "effectiveFrom"],
  versioned: true,
  columns: [
    { name: "key", parse: text({ max: 80, required: true, pattern: /^[a-zA-Z0-9.-]+$/, patternCode: "patternDefault" }) },
    effectiveFromColumn,
    { name: "value", parse: decimal({ min: -1_000_000_000, max: 1_000_000_000 }) },
    { name: "note", parse: text({ max: 1000 }) },
    sourceColumn,
    confidenceColumn,
  ],
  async load(client) {
    const rows = await client.referenceValue.findMany({ orderBy: [{ key: "asc" }, { effectiveFrom: "asc" }] });
    return rows.map((r) => ({ key: r.key, effectiveFrom: storedDay(r.effectiveFrom), value: r.value, note: r.note, source: r.source, confidence: r.confidence }));
  },
  async create(tx, i) {
    await tx.referenceValue.create({
      data: {
        key: String(i.key), effectiveFrom: dbDay(i.effectiveFrom), value: Number(i.value), note: i.note === null ? null : String(i.note),
        source: String(i.source), confidence: String(i.confidence), verifiedOn: importedToday(),
      },
    });
  },
  async remove(tx, i) {
    await tx.referenceValue.delete({ where: { key_effectiveFrom: { key: String(i.key), effectiveFrom: dbDay(i.effectiveFrom) } } });
  },
};

export const exchangeRatesTable: TableSpec = {
  name: "exchange-rates",
  entity: "ExchangeRate",
  keyColumns: ["base", "quote", "asOf"],
  versioned: true,
  columns: [
    { name: "base", parse: text({ max: 3, required: true, pattern: /^[A-Z]{3}$/, patternCode: "patternDefault" }) },
    { name: "quote", parse: text({ max: 3, required: true, pattern: /^[A-Z]{3}$/, patternCode: "patternDefault" }) },
    { ...effectiveFromColumn, name: "asOf" },
    { name: "rate", parse: decimal({ min: 0.000001, max: 1_000_000 }) },
    sourceColumn,
    confidenceColumn,
  ],
  async load(client) {
    const rows = await client.exchangeRate.findMany({ orderBy: [{ base: "asc" }, { quote: "asc" }, { asOf: "asc" }] });
    return rows.map((r) => ({ base: r.base, quote: r.quote, asOf: storedDay(r.asOf), rate: r.rate, source: r.source, confidence: r.confidence }));
  },
  async create(tx, i) {
    await tx.exchangeRate.create({
      data: { base: String(i.base), quote: String(i.quote), asOf: dbDay(i.asOf), rate: Number(i.rate), source: String(i.source), confidence: String(i.confidence), verifiedOn: importedToday() },
    });
  },
  async remove(tx, i) {
    await tx.exchangeRate.delete({ where: { base_quote_asOf: { base: String(i.base), quote: String(i.quote), asOf: dbDay(i.asOf) } } });
  },
};
