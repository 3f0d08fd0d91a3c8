// Readings (hiragana) of the Japanese airport and city names that are written in kanji,
// so that a traveller who types なりた or ナリタ finds 成田 (hiragana and katakana fold to
// each other in lib/text/fold.ts; kanji do not). Consumed by lib/data/airports.ts into
// Airport.searchTerms. Readings as printed on the airports' own sites and JAL/ANA route
// pages; alternative names people search for (セントレア, いたみ) are listed too.
// Compiled without network access: confidence M.

export const AIRPORT_KANA_SOURCE = "readings as on each airport's own site and jal.co.jp / ana.co.jp route pages";

/** IATA code -> readings of the airport's name and city (several where people use several). */
export const airportKana: Readonly<Record<string, readonly string[]>> = {
  // Hokkaido and Tohoku
  CTS: ["しんちとせ", "さっぽろ", "ちとせ"], OKD: ["おかだま", "さっぽろ"], HKD: ["はこだて"], AKJ: ["あさひかわ"],
  KUH: ["くしろ"], OBO: ["おびひろ", "とかち"], MMB: ["めまんべつ"], WKJ: ["わっかない"],
  AOJ: ["あおもり"], MSJ: ["みさわ"], HNA: ["はなまき"], AXT: ["あきた"], SDJ: ["せんだい"], GAJ: ["やまがた"], FKS: ["ふくしま"],
  // Kanto
  HND: ["はねだ", "とうきょう"], NRT: ["なりた", "とうきょう"], IBR: ["いばらき"], HAC: ["はちじょうじま"],
  // Chubu
  NGO: ["ちゅうぶ", "せんとれあ", "なごや"], NKM: ["こまき", "なごや"], KIJ: ["にいがた"], TOY: ["とやま"], KMQ: ["こまつ"],
  NTQ: ["のと"], MMJ: ["まつもと"], FSZ: ["しずおか", "ふじさん"],
  // Kansai
  KIX: ["かんさい", "おおさか"], ITM: ["いたみ", "おおさか"], UKB: ["こうべ"], SHM: ["なんきしらはま", "しらはま"],
  // Chugoku and Shikoku
  OKJ: ["おかやま"], HIJ: ["ひろしま"], UBJ: ["やまぐちうべ", "うべ"], IWK: ["いわくに"], TTJ: ["とっとり"], YGJ: ["よなご"],
  IZO: ["いずも"], TAK: ["たかまつ"], KCZ: ["こうち"], MYJ: ["まつやま"], TKS: ["とくしま"],
  // Kyushu and Okinawa
  FUK: ["ふくおか"], KKJ: ["きたきゅうしゅう"], HSG: ["さが"], NGS: ["ながさき"], KMJ: ["くまもと"], OIT: ["おおいた"],
  KMI: ["みやざき"], KOJ: ["かごしま"], TNE: ["たねがしま"], KUM: ["やくしま"], ASJ: ["あまみ"],
  OKA: ["なは", "おきなわ"], ISG: ["いしがき"], MMY: ["みやこ"], SHI: ["しもじしま"], UEO: ["くめじま"], OGN: ["よなぐに"],
  // Abroad, where the Japanese name is kanji
  ICN: ["いんちょん", "そうる"], GMP: ["きんぽ", "そうる"], PUS: ["ぷさん", "きめ"], CJU: ["ちぇじゅ"],
  PEK: ["ぺきん"], PKX: ["ぺきん", "だいこう"], PVG: ["しゃんはい", "ぷーとん"], SHA: ["しゃんはい", "ほんちゃお"],
  CAN: ["こうしゅう"], SZX: ["しんせん"], DLC: ["だいれん"], TAO: ["ちんたお"], HGH: ["こうしゅう"], XMN: ["あもい"], CTU: ["せいと"],
  HKG: ["ほんこん"], TPE: ["たおえん", "たいぺい"], TSA: ["まつやま", "たいぺい"], KHH: ["たかお"], RMQ: ["たいちゅう"],
};
