"use client";
// /cards: the yearly spend, the ranking, the cards compared and "add a card". Every
// comparison goes through POST /api/v1/cards/compare (presets by code, so the server's
// stored preset is used); the inputs are mirrored into the URL and the user's cards
// into this browser's storage.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { postJson } from "@/lib/client/api";
import { FormErrors } from "@/app/_components/form/form-errors";
import { messagesByPath, unplacedIssues } from "@/app/_components/form/issue-messages";
import { SubmitButton } from "@/app/_components/form/submit-button";
import { useApiSubmit } from "@/app/_components/form/use-api-submit";
import type { CardPreset } from "@/lib/calculators/cards/from-rows";
import type { TCardDefinition, TCardsCompareResponse } from "@/lib/calculators/cards/schema";
import { CardForm, EMPTY_CARD_DRAFT, draftFromCard, type CardDraft } from "./card-form";
import { CardList } from "./card-list";
import { CardsResults, useBestLine } from "./cards-results";
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

const SPEND = "yearlySpendJpy";

export function CardsComparer(props: CardsComparerProps) {
  const t = useTranslations("cards");
  const bestLine = useBestLine();
  const { presets } = props;
  const [spend, setSpend] = useState(props.initialSpend);
  const [userCards, setUserCards] = useState(props.initialUserCards);
  const [result, setResult] = useState(props.initialResult);
  // The server's first answer only says whether the spend was invalid; the words are chosen here.
  const submission = useApiSubmit(props.initialSpendInvalid ? [{ path: SPEND, message: "" }] : []);
  const fieldMessages = { [SPEND]: t("errors.spend") };
  const spendError = messagesByPath(submission.issues, fieldMessages)[SPEND];
  const [template, setTemplate] = useState<{ draft: CardDraft; version: number }>({ draft: EMPTY_CARD_DRAFT, version: 0 });
  const [status, setStatus] = useState("");
  const maxUserCards = MAX_CARDS - presets.length;

  function compare(nextSpend: string, cards: TCardDefinition[]) {
    const body = { yearlySpendJpy: spendNumber(nextSpend), cards: [...presets.map((p) => ({ preset: p.code })), ...cards] };
    return submission.run((signal) => postJson<TCardsCompareResponse>("/api/v1/cards/compare", body, signal), {
      onData: (data) => {
        setResult(data);
        const query = paramsFromQuery(nextSpend, cards, new URLSearchParams(window.location.search));
        window.history.replaceState(null, "", `${window.location.pathname}?${query.toString()}`);
      },
    });
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
                submission.dismiss((i) => i.path === SPEND);
              }}
              aria-invalid={spendError ? true : undefined}
              aria-describedby={`cards-spend-hint${spendError ? " cards-spend-error" : ""}`}
            />
          </div>
          <SubmitButton busy={submission.busy} label={t("spend.submit")} busyLabel={t("spend.calculating")} />
          {/* Keeps the user's cards when the form is sent without JavaScript. */}
          {userCards.length > 0 ? <input type="hidden" name="cards" value={JSON.stringify(userCards)} /> : null}
        </div>
        <p className={styles.hint} id="cards-spend-hint">
          {t("spend.hint")}
        </p>
        {spendError ? (
          <p className="field-error" id="cards-spend-error">
            {spendError}
          </p>
        ) : null}
        {/* Only what the spend field does not show: the user's cards were checked when added. */}
        <FormErrors
          issues={unplacedIssues(submission.issues, fieldMessages)}
          failure={submission.failure}
          messages={{ general: t("errors.generic"), network: t("errors.network"), server: () => t("errors.generic") }}
        />
      </form>

      {/* Only the one-line answer is live: the ranking table re-read in full helps no one. */}
      <p className="visually-hidden" role="status" data-testid="cards-announcement">
        {submission.busy || !result ? "" : (bestLine(result) ?? "")}
      </p>
      <section className="result" aria-busy={submission.busy} aria-labelledby="cards-result-heading" data-testid="cards-result">
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
