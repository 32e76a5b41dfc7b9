// The demo organization's people and threads. Times are offsets back from "now" when seeded.
import type { ChannelType, MessageStatus, Role, SenderType } from "../lib/generated/prisma/enums";

export const DEMO_PASSWORD = "demo1234";
export const DEMO_INBOUND_SECRET = "demo-inbound-secret";

// Fixed ids, so that README's curl examples work as written: the demo users, and Liam Johnson's
// SMS conversation.
export const DEMO_IDS = {
  contact: "665f1c0a0000000000000001",
  conversation: "665f1c0a0000000000000101",
  users: {
    admin: "665f1c0a00000000000000a1",
    manager: "665f1c0a00000000000000a2",
    sam: "665f1c0a00000000000000a3",
    priya: "665f1c0a00000000000000a4",
    jordan: "665f1c0a00000000000000a5",
  } as Record<string, string>,
  /** The index of that contact in demoContacts and of that thread in the seed's loop. */
  index: 1,
};

export const demoUsers: { key: string; fullName: string; email: string; role: Role }[] = [
  { key: "admin", fullName: "Avery Admin", email: "admin@example.com", role: "ADMIN" },
  { key: "manager", fullName: "Morgan Lee", email: "manager@example.com", role: "MANAGER" },
  { key: "sam", fullName: "Sam Rivera", email: "sam@example.com", role: "AGENT" },
  { key: "priya", fullName: "Priya Patel", email: "priya@example.com", role: "AGENT" },
  { key: "jordan", fullName: "Jordan Kim", email: "jordan@example.com", role: "AGENT" },
];

export const demoContacts = [
  ["Olivia Martin", "+15551230001"],
  ["Liam Johnson", "+15551230002"],
  ["Emma Brown", "+15551230003"],
  ["Noah Davis", "+15551230004"],
  ["Ava Wilson", "+15551230005"],
  ["Elijah Moore", "+15551230006"],
  ["Sophia Taylor", "+15551230007"],
  ["James Anderson", "+15551230008"],
  ["Isabella Thomas", "+15551230009"],
  ["Benjamin Jackson", "+15551230010"],
  ["Mia White", "+15551230011"],
  ["Lucas Harris", "+15551230012"],
  ["Charlotte Clark", "+15551230013"],
  ["Henry Lewis", "+15551230014"],
  ["Amelia Walker", "+15551230015"],
  ["Alexander Hall", "+15551230016"],
  ["Harper Young", "+15551230017"],
  ["Daniel King", "+15551230018"],
  ["Evelyn Wright", "+15551230019"],
  ["Matthew Scott", "+15551230020"],
] as const;

type Line = {
  from: "contact" | "agent" | "ai" | "system";
  body?: string;
  status?: MessageStatus;
  stamp?: { type: string; automationName: string; fieldsExtracted: string[]; actions: string[] };
  attachment?: { name: string; contentType: string; size: number };
};

export type Script = { channel: ChannelType; subject?: string; lines: Line[] };

const leadStamp = {
  type: "automation",
  automationName: "Lead follow-up",
  fieldsExtracted: ["firstName"],
  actions: ["create_lead"],
};

export const scripts: Script[] = [
  {
    channel: "sms",
    lines: [
      { from: "contact", body: "Hi, do you have any openings for a cleaning next week?" },
      { from: "ai", body: "Hi! We do. Could I get your first name to look you up?", status: "delivered" },
      { from: "contact", body: "It's {first}." },
      { from: "system", stamp: { ...leadStamp, fieldsExtracted: ["firstName", "service"] } },
      { from: "agent", body: "Thanks {first}! Tuesday 10:30 or Thursday 2:00?", status: "delivered" },
      { from: "contact", body: "Thursday works." },
    ],
  },
  {
    channel: "sms",
    lines: [
      {
        from: "agent",
        body: "Reminder: your appointment is tomorrow at 9:00. Reply C to confirm.",
        status: "delivered",
      },
      { from: "contact", body: "C" },
      {
        from: "system",
        stamp: {
          type: "automation",
          automationName: "Appointment confirmation",
          fieldsExtracted: ["confirmation"],
          actions: ["confirm_appointment", "tag_confirmed"],
        },
      },
      { from: "ai", body: "You're confirmed for tomorrow at 9:00. See you then!", status: "delivered" },
    ],
  },
  {
    channel: "facebook",
    lines: [
      { from: "contact", body: "Hello! How much is teeth whitening?" },
      {
        from: "ai",
        body: "In-office whitening is $349 and take-home trays are $199. Want me to book a consult?",
        status: "read",
      },
      { from: "contact", body: "Yes please, and is it covered by insurance?" },
      {
        from: "system",
        stamp: {
          type: "automation",
          automationName: "Pricing inquiry",
          fieldsExtracted: ["service", "insuranceQuestion"],
          actions: ["create_lead", "notify_team"],
        },
      },
      {
        from: "agent",
        body: "Whitening is usually cosmetic, so most plans don't cover it. I can hold Friday 3pm for a consult.",
        status: "read",
      },
    ],
  },
  {
    channel: "facebook",
    lines: [
      { from: "contact", body: "Are you open on Saturdays?" },
      { from: "ai", body: "We're open Saturdays 9am-1pm.", status: "delivered" },
      { from: "contact", body: "Great, thanks!" },
    ],
  },
  {
    channel: "webchat",
    lines: [
      {
        from: "contact",
        body: "I have a chipped tooth, here's a photo.",
        attachment: { name: "tooth.jpg", contentType: "image/jpeg", size: 184_223 },
      },
      {
        from: "system",
        stamp: {
          type: "triage",
          automationName: "Urgent care triage",
          fieldsExtracted: ["symptom", "urgency"],
          actions: ["flag_urgent", "assign_on_call"],
        },
      },
      { from: "agent", body: "Sorry to hear that! We can see you today at 4:15. Does that work?", status: "delivered" },
      { from: "contact", body: "Yes, I'll be there." },
    ],
  },
  {
    channel: "webchat",
    lines: [
      { from: "contact", body: "Can I update my billing address?" },
      { from: "ai", body: "Sure, what's the new address?", status: "delivered" },
      { from: "contact", body: "42 Elm Street, Springfield" },
      {
        from: "system",
        stamp: {
          type: "automation",
          automationName: "Profile updater",
          fieldsExtracted: ["address"],
          actions: ["update_contact"],
        },
      },
    ],
  },
  {
    channel: "email",
    subject: "Insurance pre-authorization for crown",
    lines: [
      {
        from: "contact",
        body: "Hello,\n\nAttached is the pre-authorization letter from my insurer for the crown.\n\nBest,\n{first}",
        attachment: { name: "pre-authorization.pdf", contentType: "application/pdf", size: 98_112 },
      },
      { from: "agent", body: "Thanks {first}, we received it and will schedule the prep visit.", status: "delivered" },
      { from: "contact", body: "Wonderful, what times do you have?" },
    ],
  },
  {
    channel: "email",
    subject: "Invoice #4471",
    lines: [
      {
        from: "agent",
        body: "Hi {first}, please find your invoice attached.",
        status: "delivered",
        attachment: { name: "invoice-4471.pdf", contentType: "application/pdf", size: 41_870 },
      },
      { from: "contact", body: "Paid, thank you!" },
      {
        from: "system",
        stamp: {
          type: "automation",
          automationName: "Payment matcher",
          fieldsExtracted: ["invoiceNumber"],
          actions: ["mark_invoice_paid"],
        },
      },
    ],
  },
  {
    channel: "sms",
    lines: [
      {
        from: "agent",
        body: "Hi {first}, it's been 6 months since your last checkup. Want to book one?",
        status: "failed",
      },
      { from: "agent", body: "Hi {first}, resending: want to book your 6-month checkup?", status: "sent" },
    ],
  },
];

export const senderTypeOf: Record<Line["from"], SenderType> = {
  contact: "CONTACT",
  agent: "USER",
  ai: "AI",
  system: "SYSTEM",
};
