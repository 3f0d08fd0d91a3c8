// A flight's local time as a person reads it in a message: "9 Mar 2027, 20:00 (local
// time in Helsinki)" / "2027年3月9日 20:00（HEL現地時間）", never "2027-03-09T20:00 Europe/Helsinki".

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `local` is YYYY-MM-DDTHH:mm; an unreadable value is returned as typed. */
export function localTimeText(local: string, airport: { iata: string; city: string }, locale: "en" | "ja"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(local);
  if (!m) return local;
  const [, y, mo, d, hm] = m;
  return locale === "ja"
    ? `${Number(y)}年${Number(mo)}月${Number(d)}日 ${hm}（${airport.iata}現地時間）`
    : `${Number(d)} ${MONTHS[Number(mo) - 1] ?? mo} ${y}, ${hm} (local time in ${airport.city})`;
}
