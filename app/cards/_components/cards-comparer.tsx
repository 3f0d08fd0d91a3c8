"use client";
// /cards: the yearly spend, the ranking, the cards compared and "add a card". Every
// comparison goes through POST /api/v1/cards/compare (presets by code, so the server's
// stored preset is used); the inputs are mirrored into the URL and the user's cards
// into this browser's storage.
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import type { CardPreset } from "@/lib/calculators/cards/from-rows";
import type { TCardDefinition, TCardsCompareResponse } from "@/lib/calculators/cards/schema";
import { CardForm, EMPTY_CARD_DRAFT, draftFromCard, type CardDraft } from "./card-form";
import { CardList } from "./card-list";
import { CardsResults } from "./cards-results";
import { MAX_CARDS, paramsFromQuery, spendNumber } from "./cards-query";
import { loadUserCards, saveUserCards } from "./user-cards-store";
import styles from "./cards.module.css";

export type CardsComparerProps = {
  presets: CardPreset[];
  initialSpend: string;
  initialUserCards: TCardDefinition[];
  /** The URL named its own cards: they win over the ones saved in this browser. */
  urlHadCards: boolean;
  initialResult: TCardsCompareResponse | null;
  initialSpendInvalid: boolean;
};

type FormError = "spend" | "network" | "generic" | null;

export function CardsComparer(props: CardsComparerProps) {
  const t = useTranslations("cards");
  const { presets } = props;
  const [spend, setSpend] = useState(props.initialSpend);
  const [userCards, setUserCards] = useState(props.initialUserCards);
  const [result, setResult] = useState(props.initialResult);
  const [error, setError] = useState<FormError>(props.initialSpendInvalid ? "spend" : null);
  const [busy, setBusy] = useState(false);
  const [template, setTemplate] = useState<{ draft: CardDraft; version: number }>({ draft: EMPTY_CARD_DRAFT, version: 0 });
  const [status, setStatus] = useState("");
  const controller = useRef<AbortController | null>(null);
  const maxUserCards = MAX_CARDS - presets.length;

  async function compare(nextSpend: string, cards: TCardDefinition[]) {
    controller.current?.abort();
    const ctrl = new AbortController();
    controller.current = ctrl;
    setBusy(true);
    try {
      const body = { yearlySpendJpy: spendNumber(nextSpend), cards: [...presets.map((p) => ({ preset: p.code })), ...cards] };
      const res = await postJson<TCardsCompareResponse>("/api/v1/cards/compare", body, ctrl.signal);
      if (res.ok) {
        setResult(res.data);
        setError(null);
        const query = paramsFromQuery(nextSpend, cards, new URLSearchParams(window.location.search));
        window.history.replaceState(null, "", `${window.location.pathname}?${query.toString()}`);
      } else {
        setError(res.status === 0 ? "network" : res.issues.some((i) => i.path === "yearlySpendJpy") ? "spend" : "generic");
      }
    } catch (err) {
      if ((err as Error).name !== "AbortError") setError("network");
    } finally {
      if (controller.current === ctrl) setBusy(false);
    }
  }

  // Cards saved in this browser come back on a plain visit (not when a shared URL
  // names its own). After hydration, since storage only exists in the browser.
  useEffect(() => {
    if (props.urlHadCards) return;
    const timer = window.setTimeout(() => {
      const saved = loadUserCards().slice(0, maxUserCards);
      if (saved.length === 0) return;
      setUserCards(saved);
      void compare(props.initialSpend, saved);
    }, 0);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once on mount, by design
  }, []);

  function changeCards(next: TCardDefinition[], message: string) {
    setUserCards(next);
    saveUserCards(next);
    setStatus(message);
    void compare(spend, next);
  }

  const spendError = error === "spend";
  return (
    <>
      <form
        className="calc"
        method="get"
        action="/cards"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void compare(spend, userCards);
        }}
        aria-labelledby="cards-spend-heading"
      >
        <h2 id="cards-spend-heading" className={styles.formHeading}>
          {t("spend.heading")}
        </h2>
        <div className="form-row">
          <div className="field">
            <label htmlFor="cards-spend">{t("spend.label")}</label>
            <input
              id="cards-spend"
              name="yearlySpendJpy"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={spend}
              onChange={(e) => {
                setSpend(e.target.value);
                if (spendError) setError(null);
              }}
              aria-invalid={spendError || undefined}
              aria-describedby={`cards-spend-hint${spendError ? " cards-spend-error" : ""}`}
            />
          </div>
          <button type="submit" disabled={busy} aria-busy={busy || undefined}>
            {busy ? t("spend.calculating") : t("spend.submit")}
          </button>
          {/* Keeps the user's cards when the form is sent without JavaScript. */}
          {userCards.length > 0 ? <input type="hidden" name="cards" value={JSON.stringify(userCards)} /> : null}
        </div>
        <p className={styles.hint} id="cards-spend-hint">
          {t("spend.hint")}
        </p>
        {spendError ? (
          <p className="field-error" id="cards-spend-error">
            {t("errors.spend")}
          </p>
        ) : null}
        {error === "network" || error === "generic" ? (
          <p className="field-error" role="alert">
            {t(`errors.${error}`)}
          </p>
        ) : null}
      </form>

      <section className="result" aria-live="polite" aria-busy={busy} aria-labelledby="cards-result-heading" data-testid="cards-result">
        <h2 id="cards-result-heading" className={styles.formHeading}>
          {t("result.heading")}
        </h2>
        {result ? <CardsResults data={result} /> : <p className="muted">{t("result.none")}</p>}
      </section>

      <section aria-labelledby="cards-list-heading">
        <h2 id="cards-list-heading">{t("list.heading")}</h2>
        <CardList
          presets={presets}
          userCards={userCards}
          onRemove={(i) => changeCards(userCards.filter((_, j) => j !== i), t("list.removed", { name: userCards[i]?.name ?? "" }))}
          onCopy={(card, name) => {
            setTemplate((tp) => ({ draft: draftFromCard(card, name), version: tp.version + 1 }));
            setStatus(t("list.copied"));
            requestAnimationFrame(() => document.getElementById("card-name")?.focus());
          }}
        />
        <p role="status" className="ok">
          {status}
        </p>
      </section>

      <CardForm
        key={template.version}
        initial={template.draft}
        disabled={userCards.length >= maxUserCards}
        onAdd={(card) => changeCards([...userCards, card], t("list.added", { name: card.name }))}
      />
    </>
  );
}
