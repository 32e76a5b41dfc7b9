// `npm run demo:inbound -- [--from +15551230002] [--channel sms] [--text "..."] [--url http://localhost:3000]`
// Sends a message "from a contact" to the running app's inbound webhook, as a channel provider
// would, with the demo organization's secret. Watch it appear in an open inbox within seconds.
import { parseArgs } from "node:util";
import { DEMO_INBOUND_SECRET } from "@/prisma/demo-data";

const samples = [
  "Hi! Is there any chance I could move my appointment to Friday?",
  "Thanks for the quick reply earlier 🙏",
  "Do you take walk-ins today?",
  "My tooth still hurts a little after the filling, is that normal?",
];

const { values } = parseArgs({
  options: {
    from: { type: "string", default: "+15551230002" },
    channel: { type: "string", default: "sms" },
    text: { type: "string" },
    name: { type: "string" },
    url: { type: "string", default: "http://localhost:3000" },
    secret: { type: "string", default: DEMO_INBOUND_SECRET },
  },
});

const response = await fetch(new URL("/api/webhooks/inbound", values.url), {
  method: "POST",
  headers: { Authorization: `Bearer ${values.secret}`, "Content-Type": "application/json" },
  body: JSON.stringify({
    channelType: values.channel,
    from: values.from,
    body: values.text ?? samples[Math.floor(Math.random() * samples.length)],
    contactName: values.name,
  }),
}).catch((error: Error) => {
  console.error(`Cannot reach ${values.url}: ${error.message}. Is \`npm run dev\` running?`);
  process.exit(1);
});
const body = await response.json();
console.log(response.status, JSON.stringify(body));
if (!response.ok) process.exitCode = 1;
