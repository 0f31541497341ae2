import { settleAll } from "../lib/pool.js";

/** Every job's result in the items' order, run as the machine's cores allow; the first failure is thrown. */
export async function allInOrder<T, R>(items: T[], job: (item: T) => Promise<R>): Promise<R[]> {
  const settled = await settleAll(items, job);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
  return settled.map((s) => (s as PromiseFulfilledResult<R>).value);
}
