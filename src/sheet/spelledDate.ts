const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
} as const;

/**
 * An ISO date (`2024-04-03`, `2024-04-03T14:00`) as a person reads it, for
 * the words of a date issue: "3 April 2024", « 3 avril 2024 », a time after
 * it as written ("3 April 2024 14:00").
 */
export function spelledDate(iso: string, lang: "en" | "fr"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(.+))?$/u.exec(iso);
  if (!match) return iso;
  const [, year, month, day, time] = match;
  const date = `${Number(day)}${lang === "fr" && day === "01" ? "er" : ""} ${MONTHS[lang][Number(month) - 1]} ${year}`;
  return time === undefined ? date : `${date} ${time}`;
}
