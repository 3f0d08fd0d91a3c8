"use client";
// The cards being compared: stored presets with their source and caveat, then the
// user's own cards, each with its fee rules and earning spelled out.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Provenance } from "@/app/_components/provenance";
import type { CardPreset } from "@/lib/calculators/cards/from-rows";
import type { TCardDefinition } from "@/lib/calculators/cards/schema";
import styles from "./cards.module.css";

function CardTerms({ card }: { card: TCardDefinition }) {
  const t = useTranslations("cards.list");
  const format = useFormatter();
  const int = (v: number) => format.number(v, { maximumFractionDigits: 0 });
  const rate = (perJpy: number) => format.number(perJpy * 100, { maximumFractionDigits: 4 });
  return (
    <ul className={styles.terms}>
      <li>{t("fee", { fee: int(card.annualFeeJpy) })}</li>
      {card.feeRules.map((r, i) => (
        <li key={i}>{t("rule", { fee: int(r.annualFeeJpy), above: int(r.spendAboveJpy) })}</li>
      ))}
      <li>{t("earn", { n: card.milesPerJpy * 100, miles: rate(card.milesPerJpy) })}</li>
      {card.extraMilesPerJpy > 0 || card.optionFeeJpy > 0 ? <li>{t("option", { miles: rate(card.extraMilesPerJpy), fee: int(card.optionFeeJpy) })}</li> : null}
    </ul>
  );
}

export function CardList({
  presets,
  userCards,
  onRemove,
  onCopy,
}: {
  presets: CardPreset[];
  userCards: TCardDefinition[];
  onRemove: (index: number) => void;
  onCopy: (card: TCardDefinition, name: string) => void;
}) {
  const t = useTranslations("cards.list");
  const locale = useLocale();
  return (
    <ul className={styles.cardList} data-testid="cards-list">
      {presets.map((p) => {
        const name = locale === "ja" && p.card.nameJa ? p.card.nameJa : p.card.name;
        return (
          <li key={p.code} className={styles.cardItem}>
            <h3>
              {name} <span className={styles.badge}>{t("preset")}</span>
            </h3>
            <CardTerms card={p.card} />
            {p.note ? <p className="warn">{locale === "ja" ? p.note.ja : p.note.en}</p> : null}
            <Provenance source={p.source} effectiveFrom={p.effectiveFrom} confidence={p.confidence} />
            <button type="button" className="secondary" onClick={() => onCopy(p.card, t("copyName", { name }))}>
              {t("copy")}
            </button>
          </li>
        );
      })}
      {userCards.map((c, i) => (
        <li key={`u${i}`} className={styles.cardItem}>
          <h3>
            {c.name} <span className={styles.badge}>{t("yours")}</span>
          </h3>
          <CardTerms card={c} />
          <button type="button" className="secondary" onClick={() => onRemove(i)} aria-label={t("removeLabel", { name: c.name })}>
            {t("remove")}
          </button>
        </li>
      ))}
    </ul>
  );
}
