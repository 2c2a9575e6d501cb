/**
 * At most `limit` events per key in a sliding window of `windowMs`, in this process's memory:
 * enough to keep one leaked link from flooding a hub's figures, without a store of its own.
 */
export function createRateWindow({ limit, windowMs }: { limit: number; windowMs: number }) {
  const seen = new Map<string, number[]>();
  return {
    allow(key: string, now = Date.now()): boolean {
      const recent = (seen.get(key) ?? []).filter((t) => now - t < windowMs);
      if (recent.length >= limit) {
        seen.set(key, recent);
        return false;
      }
      recent.push(now);
      seen.set(key, recent);
      return true;
    },
  };
}
