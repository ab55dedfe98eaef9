/** IAM's time format: six fractional digits and a Z (`2020-01-04T09:05:22.701000Z`), from a stored ISO time. */
export const iamTime = (iso: string): string => iso.replace(/\.(\d{3})Z$/, '.$1000Z');
