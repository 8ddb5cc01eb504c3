/** A, B, C… for the quiz option at index i. */
export function optionLetter(i: number): string {
  return String.fromCharCode(65 + i);
}
