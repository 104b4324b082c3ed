/** Which validation messages the form shows: a field's once it was left, all after a submit. */
import type { FieldMessages } from "../validate";

export interface Shown {
  readonly error?: string;
  readonly warning?: string;
}

export type MessagesFor = (key: string) => Shown;

export function messagesFor(
  errors: FieldMessages,
  warnings: FieldMessages,
  touched: ReadonlySet<string>,
  submitted: boolean,
): MessagesFor {
  return (key) => (submitted || touched.has(key) ? { error: errors[key], warning: warnings[key] } : {});
}
