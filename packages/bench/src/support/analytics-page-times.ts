/**
 * Times `GET /analytics?<query>` on the built dashboard with a session cookie, until the whole
 * HTML has arrived: 5 warm-up requests (JIT, plan caches, connections), then `runs` timed ones.
 */
export async function timeAnalyticsPage({
  origin,
  token,
  query,
  runs,
}: {
  origin: string;
  token: string;
  query: string;
  runs: number;
}): Promise<number[]> {
  const get = async () => {
    const t = performance.now();
    const res = await fetch(`${origin}/analytics?${query}`, {
      headers: { cookie: `vt_session=${token}` },
    });
    const html = await res.text();
    const ms = performance.now() - t;
    if (res.status !== 200 || !html.includes('data-kpi="cases"'))
      throw new Error(`analytics page answered ${res.status}`);
    return ms;
  };
  for (let i = 0; i < 5; i++) await get();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await get());
  return times;
}
