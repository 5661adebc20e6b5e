/**
 * The tables of a Markdown report that lost their shape: a row with more or
 * fewer cells than its header (a `|` from the input that was not escaped),
 * or a table followed by a line that is not blank (a line break from the
 * input that cut a row in two). A table is a header row, then a delimiter
 * row (`| --- | ---: |`), then rows, each line starting with `|`. Cells are
 * split where GitHub splits them: at every `|` not escaped by a backslash.
 *
 * @example
 * brokenTables("| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n")
 * //=> ['row 3 has 3 cells, its header 2: "| 1 | 2 | 3 |"']
 */
export function brokenTables(markdown: string): string[] {
  const lines = markdown.split("\n");
  const problems: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.startsWith("|") || !/^\|(\s*:?-+:?\s*\|)+\s*$/u.test(lines[i + 1]!)) continue;
    const columns = cells(lines[i]!);
    if (cells(lines[i + 1]!) !== columns) problems.push(`delimiter row ${i + 2} does not match its header`);
    let row = i + 2;
    for (; row < lines.length && lines[row]!.startsWith("|"); row++) {
      const count = cells(lines[row]!);
      if (count !== columns) problems.push(`row ${row + 1} has ${count} cells, its header ${columns}: ${JSON.stringify(lines[row]!.slice(0, 120))}`);
    }
    if (row < lines.length && lines[row]!.trim() !== "")
      problems.push(`line ${row + 1} after a table is not blank: ${JSON.stringify(lines[row]!.slice(0, 120))}`);
    i = row - 1;
  }
  return problems;
}

/** The number of cells in a row: its unescaped pipes, less the leading and trailing ones. */
function cells(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\") i++;
    else if (row[i] === "|") pipes++;
  }
  return pipes - 1;
}
