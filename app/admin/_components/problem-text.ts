"use client";
// A problem the admin API reported, in the page's language: its stable code rendered from
// messages/*/admin.json "problems"; an issue without a known code keeps the server's text.
import { useTranslations } from "next-intl";
import type { ApiIssue } from "@/lib/client/api";

export type ShownIssue = ApiIssue & { code?: string; params?: Record<string, string>; row?: number; column?: string | null };

export function useProblemText(): (issue: Pick<ShownIssue, "code" | "params" | "message">) => string {
  const t = useTranslations("admin.problems");
  const issues = useTranslations("admin.issues");
  return (i) => {
    if (i.code && t.has(i.code)) return (t as unknown as (key: string, values?: Record<string, string>) => string)(i.code, i.params ?? {});
    // lib/client/api.ts reports a failed fetch as the message "network".
    if (!i.code && i.message === "network") return issues("network");
    // ...and a 401 without a body it knows (the session ended: idle, absolute or signed out elsewhere) as "HTTP 401".
    if (!i.code && i.message === "HTTP 401") return issues("signedOut");
    return i.message;
  };
}
