// Lists the departments and creates one through the running gateway, with the client generated
// from the committed merged contract (src/bureau-api.d.ts, `npm run generate`).
//
//   . ../../../.bureau/tokens.env            # the local run's demo tokens (deploy/run prints them)
//   BUREAU_TOKEN="$BUREAU_ADMIN_TOKEN" npm run demo
//
// BUREAU_URL defaults to the local gateway, http://localhost:8080.
import { randomUUID } from "node:crypto";
import createClient from "openapi-fetch";
import type { components, paths } from "./bureau-api.js";

type Department = components["schemas"]["DepartmentView"];
type Problem = components["schemas"]["Problem"];

const baseUrl = process.env.BUREAU_URL ?? "http://localhost:8080";
const token = process.env.BUREAU_TOKEN ?? process.env.BUREAU_ADMIN_TOKEN;
if (!token) {
  console.error("Set BUREAU_TOKEN (an admin token, e.g. $BUREAU_ADMIN_TOKEN from .bureau/tokens.env)");
  process.exit(2);
}

const bureau = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

function explain(problem: Problem | undefined, response: Response): string {
  return `${response.status} ${problem?.title ?? response.statusText}${problem?.detail ? `: ${problem.detail}` : ""}`;
}

async function main(): Promise<void> {
  const listed = await bureau.GET("/api/v1/departments", { params: { query: { page: 0, size: 50 } } });
  if (!listed.data) {
    throw new Error(`Listing departments failed: ${explain(listed.error, listed.response)}`);
  }
  console.log(`${listed.data.totalItems} departments:`);
  listed.data.items.forEach((d: Department) => console.log(`  ${d.id}  ${d.name}`));

  const name = `Front desk ${new Date().toISOString().slice(0, 19)}`;
  const created = await bureau.POST("/api/v1/departments", {
    params: { header: { "Idempotency-Key": randomUUID() } },
    body: { name },
  });
  if (!created.data) {
    throw new Error(`Creating a department failed: ${explain(created.error, created.response)}`);
  }
  console.log(`Created ${created.data.id} "${created.data.name}" (version ${created.data.version}, ETag ${created.response.headers.get("ETag")})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
