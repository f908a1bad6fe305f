/**
 * The readable `ns_csrf` cookie the server sets at sign-in, or undefined outside a browser or when absent.
 *
 * @example
 * readCsrfCookie('ns_session=…; ns_csrf=abc'); // 'abc'
 */
export function readCsrfCookie(
  cookies: string | undefined = globalThis.document?.cookie,
): string | undefined {
  if (typeof cookies !== 'string') return undefined;
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'ns_csrf') return decodeURIComponent(value.join('='));
  }
  return undefined;
}
