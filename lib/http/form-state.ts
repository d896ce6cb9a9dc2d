/** What a server action returns to its form. Safe to import from client components. */
export type FormState<T = undefined> =
  | { status: "idle" }
  | { status: "success"; data: T; message?: string }
  | { status: "error"; message: string; fieldErrors: Record<string, string> };

export const IDLE: FormState<never> = { status: "idle" };
