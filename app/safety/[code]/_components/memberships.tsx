// The airline's alliance memberships with their dates (joined = first day in the
// alliance, left = first day out of it), or a line saying there is none on record.
import { useTranslations } from "next-intl";
import type { SafetyMembership } from "@/lib/db/queries/safety";
import { AllianceName } from "../../_components/rating";

export function Memberships({ memberships }: { memberships: SafetyMembership[] }) {
  const t = useTranslations("safety.airline");
  if (memberships.length === 0) return <p>{t("noMembership")}</p>;
  return (
    <ul data-testid="safety-memberships">
      {memberships.map((m) => (
        <li key={`${m.alliance}-${m.role}`}>
          <strong><AllianceName alliance={m.alliance} role={m.role} /></strong>
          {": "}
          {t("membershipDates", { joined: m.joined ?? "", left: m.left ?? "", hasJoined: m.joined ? "yes" : "no", hasLeft: m.left ? "yes" : "no" })}
        </li>
      ))}
    </ul>
  );
}
