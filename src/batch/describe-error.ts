/**
 * @param error Anything thrown.
 * @returns A one-line description, with the Node error code when the message lacks it.
 */
export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
