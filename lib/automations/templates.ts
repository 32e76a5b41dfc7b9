import type { BusinessHours } from "@/lib/business-hours";
import type { AutomationInput } from "./schemas";

// Starting points for the rules teams ask for most (Chatwoot's oldest open requests among them):
// the editor opens one filled in, to be changed before it is saved. Pure.

/** Monday to Friday, 9 to 5: where a new business-hours condition starts. */
export const weekdays9to5: BusinessHours = {
  mon: ["09:00", "17:00"],
  tue: ["09:00", "17:00"],
  wed: ["09:00", "17:00"],
  thu: ["09:00", "17:00"],
  fri: ["09:00", "17:00"],
  sat: null,
  sun: null,
};

export type AutomationTemplate = { id: string; title: string; hint: string; rule: AutomationInput };

export const automationTemplates: AutomationTemplate[] = [
  {
    id: "after-hours",
    title: "First reply after hours",
    hint: "A new conversation outside business hours is told when someone will answer.",
    rule: {
      name: "First reply after hours",
      enabled: true,
      event: "conversation.created",
      match: "all",
      conditions: [{ field: "business_hours", operator: "outside", hours: weekdays9to5 }],
      actions: [
        {
          type: "reply",
          template:
            "Hi {{contact.firstName|there}}, thanks for your message! We are closed right now and will answer from 9:00 on our next working day.",
        },
      ],
    },
  },
  {
    id: "round-robin-sms",
    title: "Auto-assign by channel, in turn",
    hint: "Each new SMS conversation goes to the next active agent.",
    rule: {
      name: "SMS to agents in turn",
      enabled: true,
      event: "conversation.created",
      match: "all",
      conditions: [{ field: "channel", operator: "is", value: ["sms"] }],
      actions: [{ type: "assign", mode: "round_robin", userIds: [] }],
    },
  },
  {
    id: "waiting",
    title: "Remind when a contact waits",
    hint: "After 30 minutes without our answer and no one on it, the least busy agent gets it.",
    rule: {
      name: "Waiting over 30 minutes",
      enabled: true,
      event: "time.no_reply_from_us",
      delaySeconds: 30 * 60,
      match: "all",
      conditions: [{ field: "assignee", operator: "none" }],
      actions: [{ type: "assign", mode: "least_busy", userIds: [] }],
    },
  },
  {
    id: "auto-resolve",
    title: "Auto-resolve when the contact goes quiet",
    hint: "Resolved 3 days after our last message if the contact never answered.",
    rule: {
      name: "Resolve after 3 quiet days",
      enabled: true,
      event: "time.no_reply_from_contact",
      delaySeconds: 3 * 86_400,
      match: "all",
      conditions: [],
      actions: [{ type: "resolve" }],
    },
  },
  {
    id: "human",
    title: "Hand off when a contact asks for a human",
    hint: "On autopilot, “human”, “agent” or “person” turns the AI off and brings someone in.",
    rule: {
      name: "Contact asks for a human",
      enabled: true,
      event: "message.received",
      match: "all",
      conditions: [
        { field: "autopilot", operator: "on" },
        { field: "text", operator: "matches", value: "\\b(human|agent|person|someone real)\\b" },
      ],
      actions: [{ type: "autopilot_off" }, { type: "assign", mode: "least_busy", userIds: [] }],
    },
  },
];
