"use client";
// The cards a user adds, kept in this browser too, so they are there on the next visit
// even without the bookmarked URL. Validated on load; unreadable data is ignored.
import type { TCardDefinition } from "@/lib/calculators/cards/schema";
import { parseUserCards } from "./cards-query";

export const USER_CARDS_KEY = "tabiji.cards.userCards.v1";

export function loadUserCards(): TCardDefinition[] {
  try {
    const cards = parseUserCards(window.localStorage.getItem(USER_CARDS_KEY));
    return Array.isArray(cards) ? cards : [];
  } catch {
    return [];
  }
}

export function saveUserCards(cards: readonly TCardDefinition[]): void {
  try {
    if (cards.length === 0) window.localStorage.removeItem(USER_CARDS_KEY);
    else window.localStorage.setItem(USER_CARDS_KEY, JSON.stringify(cards));
  } catch {
    // Storage refused (private mode): the cards still live in the URL.
  }
}
