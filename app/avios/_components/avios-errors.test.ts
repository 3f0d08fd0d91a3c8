import { describe, expect, test } from "vitest";
import { ZAviosCollectRequest, ZAviosSubscriptionsRequest } from "@/lib/calculators/avios/schema";
import { expectBilingual, renderMessages, schemaLeafPaths } from "@/app/_components/form/field-messages.test-support";
import { aviosFieldMessages } from "./avios-errors";

const en = renderMessages("avios", "en", aviosFieldMessages);
const ja = renderMessages("avios", "ja", aviosFieldMessages);

describe("/avios: every request field of both forms has its own message in English and Japanese", () => {
  test.each([...schemaLeafPaths(ZAviosSubscriptionsRequest), ...schemaLeafPaths(ZAviosCollectRequest)])("%s", (path) => {
    expectBilingual(en, ja, path);
  });

  test("the target's limit is the schema's", () => {
    expect(en.targetAvios).toBe("Enter a whole number of Avios from 1 to 2,000,000.");
    expect(ja.targetAvios).toBe("1〜2,000,000の整数（Avios）で入力してください。");
  });
});
