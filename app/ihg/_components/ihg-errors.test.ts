import { describe, expect, test } from "vitest";
import { ZIhgBuyPointsRequest } from "@/lib/calculators/ihg/schema";
import { ihgPurchaseRules } from "@/lib/data/seed/promotions";
import { expectBilingual, renderMessages, schemaLeafPaths } from "@/app/_components/form/field-messages.test-support";
import { ihgFieldMessages } from "./ihg-errors";

const rule = ihgPurchaseRules[0];
const en = renderMessages("ihg", "en", (t) => ihgFieldMessages(t, rule));
const ja = renderMessages("ihg", "ja", (t) => ihgFieldMessages(t, rule));

describe("/ihg: every request field has its own message in English and Japanese", () => {
  test.each(schemaLeafPaths(ZIhgBuyPointsRequest))("%s", (path) => {
    expectBilingual(en, ja, path);
  });

  test("the quantity's limits come from the stored rule (seed: 1,000 to 300,000 in steps of 1,000)", () => {
    expect(en.points).toBe("Enter 1,000 to 300,000 points, in steps of 1,000.");
    expect(ja.points).toBe("1,000〜300,000ポイントの範囲で、1,000ポイント単位で入力してください。");
  });
});
