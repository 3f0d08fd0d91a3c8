// Sends the browser the messages of one route (lib/i18n/namespaces.ts) on top of the
// layout's: the client components below translate from this provider.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { LAYOUT_NAMESPACES, ROUTE_NAMESPACES, pickMessages, type Route } from "@/lib/i18n/namespaces";

export async function RouteMessages({ route, children }: { route: Route; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, [...LAYOUT_NAMESPACES, ...ROUTE_NAMESPACES[route]])}>{children}</NextIntlClientProvider>;
}
