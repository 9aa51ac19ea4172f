/**
 * The source of a local-runner pipeline for killRestart.test.ts, run as
 * `node -e <source>`: it "trains" until the file named by KILL_RESTART_GO exists (logging a
 * `tick <epoch ms>` line every 500 ms, so a backend following it sees fresh output), then
 * POSTs the challenger's evaluation beside the champion's to AIOPS_EVALUATION_URL with
 * AIOPS_TOKEN, retrying while the backend does not answer (refused connections, 5xx, 404
 * while the plugin starts) for up to 60 s. Exit 0 once the evaluation is taken.
 *
 * Plain JavaScript without template literals: the config loader would read `${...}` in a
 * config string as a variable to substitute.
 */
export const EVALUATING_PIPELINE_SOURCE = `
const fs = require('node:fs');
const env = process.env;
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
const log = line => console.log(new Date().toISOString() + ' ' + line);
const report = JSON.stringify({
  challenger: { version: '8', metrics: { auc: 0.86, latency_p95_ms: 42 } },
  champion: { version: '7', metrics: { auc: 0.81, latency_p95_ms: 40 } },
});
async function main() {
  log('training a challenger for run ' + env.AIOPS_RUN_ID + ' (pid ' + process.pid + ')');
  const trainUntil = Date.now() + 150000;
  while (!fs.existsSync(env.KILL_RESTART_GO)) {
    if (Date.now() > trainUntil) {
      log('no go-ahead within 150 s, giving up');
      process.exit(2);
    }
    log('tick ' + Date.now());
    await sleep(500);
  }
  log('trained; reporting the evaluation to ' + env.AIOPS_EVALUATION_URL);
  const giveUpAt = Date.now() + 60000;
  for (let delay = 200; ; delay = Math.min(delay * 2, 3000)) {
    try {
      const answer = await fetch(env.AIOPS_EVALUATION_URL, {
        method: 'POST',
        headers: {
          authorization: 'Bearer ' + env.AIOPS_TOKEN,
          'content-type': 'application/json',
        },
        body: report,
        signal: AbortSignal.timeout(15000),
      });
      const text = await answer.text();
      log('evaluation answered ' + answer.status + ': ' + text.slice(0, 300));
      if (answer.ok) process.exit(0);
      if (answer.status < 500 && answer.status !== 404) process.exit(3);
    } catch (error) {
      log('backend unreachable (' + ((error.cause && error.cause.code) || error.message) + '), retrying');
    }
    if (Date.now() > giveUpAt) {
      log('no answer within 60 s, giving up');
      process.exit(4);
    }
    await sleep(delay);
  }
}
main();
`;
