// `npm run admin:create -- --email you@example.com [--reset]`: creates an admin (or,
// with --reset, gives an existing one a new password, ends its sessions and clears its
// sign-in delays) in the database named by DATABASE_URL. There is no default password
// anywhere: it comes from
// TABIJI_ADMIN_PASSWORD (scripts, tests), from standard input when piped, or from a
// prompt that does not echo, asked twice.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { connect } from "../lib/db/connect";
import { databaseUrl } from "../lib/db/url";
import { createAdmin } from "../lib/admin/create-admin";
import { createTranslator } from "next-intl";
import ja from "../messages/ja/admin.json";
import { passwordIssue } from "../lib/admin/password";

/** The refusal in English and in Japanese (the words live in messages/{en,ja}/admin.json). */
function passwordProblem(password: string): string | null {
  const issue = passwordIssue(password);
  if (!issue) return null;
  const t = createTranslator({ locale: "ja", messages: { problems: ja.problems }, namespace: "problems" }) as unknown as (k: string, v: Record<string, string>) => string;
  return `${issue.message}\n${t(issue.code, issue.params)}`;
}

async function readPiped(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, "").split(/\r?\n/)[0] ?? "";
}

function ask(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Print the question, then mute echo of what is typed.
    const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    process.stdout.write(question);
    out._writeToOutput = () => {};
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function password(): Promise<string> {
  const fromEnv = process.env.TABIJI_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) return readPiped();
  for (;;) {
    const first = await ask("Password (at least 12 characters): ");
    const problem = passwordProblem(first);
    if (problem) {
      console.error(problem);
      continue;
    }
    if ((await ask("Repeat the password: ")) === first) return first;
    console.error("The two passwords differ. Try again.");
  }
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, reset: { type: "boolean", default: false }, help: { type: "boolean", default: false } } });
  if (values.help || !values.email) {
    console.error("Usage: npm run admin:create -- --email you@example.com [--reset]\nThe password comes from TABIJI_ADMIN_PASSWORD, standard input, or a prompt.");
    process.exit(values.help ? 0 : 2);
  }
  const db = connect(databaseUrl(process.env));
  try {
    const pw = await password();
    const result = await createAdmin(db, { email: values.email, password: pw, reset: values.reset });
    if (!result.ok) {
      console.error(passwordProblem(pw) ?? result.message);
      process.exit(1);
    }
    console.log(result.created ? `Admin ${result.email} created.` : `Admin ${result.email}: new password set; its sessions were ended.`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
