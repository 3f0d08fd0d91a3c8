import { RouteMessages } from "@/app/_components/route-messages";

export default function Layout({ children }: { children: React.ReactNode }) {
  return <RouteMessages route="developers">{children}</RouteMessages>;
}
