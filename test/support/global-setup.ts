// Says plainly, once per run, whether the PostgreSQL half of the suite runs.
export default function setup(): void {
  if (process.env.TEST_DATABASE_URL) {
    process.stdout.write(`API and domain tests run on SQLite and on PostgreSQL (TEST_DATABASE_URL).\n`);
  } else {
    process.stdout.write(
      'PostgreSQL suite SKIPPED: TEST_DATABASE_URL is not set. Set it (e.g. postgresql://postgres@127.0.0.1:5432/postgres) to run it.\n',
    );
  }
}
