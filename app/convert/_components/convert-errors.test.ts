import { describe, expect, test } from "vitest";
import { ZConversionQuoteRequest, ZPointsForMilesRequest } from "@/lib/calculators/conversions/schema";
import { expectBilingual, renderMessages, schemaLeafPaths } from "@/app/_components/form/field-messages.test-support";
import { convertFieldMessages } from "./convert-errors";

const en = renderMessages("convert", "en", convertFieldMessages);
const ja = renderMessages("convert", "ja", convertFieldMessages);

describe("/convert: every request field has its own message in English and Japanese", () => {
  const paths = [...new Set([...schemaLeafPaths(ZConversionQuoteRequest), ...schemaLeafPaths(ZPointsForMilesRequest)])];
  test.each(paths)("%s", (path) => {
    expectBilingual(en, ja, path);
  });

  test("limits are the schema's, formatted for each language", () => {
    expect(en.points).toBe("Enter a whole number of points from 0 to 100,000,000.");
    expect(ja.points).toBe("0〜100,000,000の整数（ポイント）で入力してください。");
  });
});
