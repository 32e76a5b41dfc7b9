import * as channelsRoute from "@/app/api/channels/route";
import { callRoute } from "./call-route";

/** The Twilio account the tests' fake Twilio opens (tests/support/fake-twilio.ts). */
export const TWILIO_ACCOUNT = { accountSid: `AC${"a1".repeat(16)}`, authToken: "twilio-auth-token-0123456789abcdef" };

/** POST /api/channels for a Twilio number, as `token`'s admin; `fields` change or add to the body. */
export const connectTwilio = (token: string, fields: Record<string, unknown> = {}) =>
  callRoute(channelsRoute.POST, "POST", "/", {
    token,
    body: { provider: "twilio", name: "Front desk", ...TWILIO_ACCOUNT, fromNumber: "+15550009999", ...fields },
  });
