/** Marks a switch as exhaustive: the compiler rejects a call with anything but `never`. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
