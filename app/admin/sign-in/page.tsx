// /admin/sign-in: the one admin page open without a session (nothing else of the area
// answers anything but 404 until then). Already signed in: straight to /admin.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentAdmin } from "@/lib/admin/me";
import { pageAuth } from "@/lib/admin/page-auth";
import { isUnauthorized } from "@/lib/admin/authorize";
import { SignInForm } from "../_components/sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.signIn");
  return { title: t("title"), robots: { index: false, follow: false } };
}

async function signedIn(): Promise<boolean> {
  try {
    await currentAdmin(await pageAuth());
    return true;
  } catch (err) {
    if (isUnauthorized(err)) return false;
    throw err;
  }
}

export default async function SignInPage() {
  if (await signedIn()) redirect("/admin");
  const t = await getTranslations("admin.signIn");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <SignInForm />
    </>
  );
}
