/** The English definition's units are plural; 1 reads "1 country", "1 business unit", "1 person". */
export function englishSingular(unit: string): string {
  return unit.replace(/^people$/, "person").replace(/ies$/, "y").replace(/([^s])s$/, "$1");
}

/** The English unit a count takes: "1 employee", "1,000,000 employees". */
export function englishUnitFor(value: number, unit: string): string {
  return value === 1 ? englishSingular(unit) : unit;
}
