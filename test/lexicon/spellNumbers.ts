/**
 * Numbers spelt out in words, written independently of the lexicon so that
 * the property tests check it against a second opinion.
 */
const FR_UNITS = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf",
];
const FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];

function frenchBelowHundred(n: number): string {
  if (n < 20) return FR_UNITS[n]!;
  if (n < 70) {
    const [ten, unit] = [Math.floor(n / 10), n % 10];
    return unit === 0 ? FR_TENS[ten]! : unit === 1 ? `${FR_TENS[ten]} et un` : `${FR_TENS[ten]}-${FR_UNITS[unit]}`;
  }
  if (n < 80) return n === 71 ? "soixante et onze" : `soixante-${FR_UNITS[n - 60]}`;
  return n === 80 ? "quatre-vingts" : `quatre-vingt-${FR_UNITS[n - 80]}`;
}

function frenchBelowThousand(n: number): string {
  const [hundreds, rest] = [Math.floor(n / 100), n % 100];
  if (hundreds === 0) return frenchBelowHundred(rest);
  const head = hundreds === 1 ? "cent" : `${FR_UNITS[hundreds]} cent${rest === 0 ? "s" : ""}`;
  return rest === 0 ? head : `${head} ${frenchBelowHundred(rest)}`;
}

/** « quatre-vingt-dix-sept », « deux cents », « trois mille deux cent un », « un million ». */
export function frenchWords(n: number): string {
  if (n < 1000) return frenchBelowThousand(n);
  const parts: string[] = [];
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  if (millions > 0) parts.push(`${frenchBelowThousand(millions).replace(/cents$/u, "cent")} million${millions > 1 ? "s" : ""}`);
  if (thousands > 0) parts.push(thousands === 1 ? "mille" : `${frenchBelowThousand(thousands).replace(/cents$/u, "cent")} mille`);
  if (rest > 0) parts.push(frenchBelowThousand(rest));
  return parts.join(" ");
}

const EN_UNITS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

function englishBelowThousand(n: number): string {
  const [hundreds, rest] = [Math.floor(n / 100), n % 100];
  const tail = rest < 20 ? EN_UNITS[rest]! : `${EN_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${EN_UNITS[rest % 10]}` : ""}`;
  if (hundreds === 0) return tail;
  return rest === 0 ? `${EN_UNITS[hundreds]} hundred` : `${EN_UNITS[hundreds]} hundred and ${tail}`;
}

/** "twenty-three", "two hundred and five", "one million three thousand". */
export function englishWords(n: number): string {
  if (n < 1000) return englishBelowThousand(n);
  const parts: string[] = [];
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor((n % 1e6) / 1000);
  const rest = n % 1000;
  if (millions > 0) parts.push(`${englishBelowThousand(millions)} million`);
  if (thousands > 0) parts.push(`${englishBelowThousand(thousands)} thousand`);
  if (rest > 0) parts.push(englishBelowThousand(rest));
  return parts.join(" ");
}
