import { isOpen } from "@/lib/business-hours";
import type { Action, AutomationEvent, Condition } from "./schemas";
import { automationEvents, isTimed } from "./schemas";

// Whether a rule's conditions hold for a conversation, and the rule in plain words. Pure: the
// engine decides with it, and the editor shows the same words and the same verdict ("Try it").

/** What conditions are asked of: the conversation as it is, and the text that woke the rule (the
 *  message, or the contact's latest one). */
export type Facts = {
  channelType: string;
  text: string;
  attributes: Record<string, unknown>;
  assignees: string[];
  /** Its labels' ids. */
  labels: string[];
  isAutopilot: boolean;
  timeZone: string;
};

export function conditionMet(condition: Condition, facts: Facts, now: Date): boolean {
  switch (condition.field) {
    case "channel":
      return condition.value.includes(facts.channelType as never) === (condition.operator === "is");
    case "text": {
      const text = facts.text.toLocaleLowerCase();
      if (condition.operator === "matches") return new RegExp(condition.value, "iu").test(facts.text);
      const found = text.includes(condition.value.toLocaleLowerCase());
      return condition.operator === "contains" ? found : !found;
    }
    case "attribute": {
      const raw = facts.attributes[condition.name];
      const value = raw === undefined || raw === null ? "" : String(raw);
      switch (condition.operator) {
        case "is_set":
          return value !== "";
        case "is_not_set":
          return value === "";
        case "is":
          return value.toLocaleLowerCase() === condition.value.toLocaleLowerCase();
        case "is_not":
          return value.toLocaleLowerCase() !== condition.value.toLocaleLowerCase();
        case "contains":
          return value.toLocaleLowerCase().includes(condition.value.toLocaleLowerCase());
      }
      return false;
    }
    case "assignee":
      if (condition.operator === "none") return facts.assignees.length === 0;
      return facts.assignees.includes(condition.userId) === (condition.operator === "is");
    case "label":
      return facts.labels.includes(condition.labelId) === (condition.operator === "has");
    case "autopilot":
      return facts.isAutopilot === (condition.operator === "on");
    case "business_hours":
      return isOpen(condition.hours, facts.timeZone, now) === (condition.operator === "inside");
  }
}

/** Each condition's verdict, and the rule's: all of them, or any (no conditions: always). */
export function evaluate(rule: { match: "all" | "any"; conditions: Condition[] }, facts: Facts, now = new Date()) {
  const results = rule.conditions.map((condition) => ({ condition, met: conditionMet(condition, facts, now) }));
  const matched =
    results.length === 0 ||
    (rule.match === "all" ? results.every((result) => result.met) : results.some((result) => result.met));
  return { matched, results };
}

/** How the editor and the run log name people and processes. */
export type Names = { user: (id: string) => string; process: (id: string) => string; label: (id: string) => string };

const channelNames: Record<string, string> = { sms: "SMS", facebook: "Messenger", webchat: "webchat", email: "email" };
const quote = (value: string) => `“${value.length > 60 ? `${value.slice(0, 59)}…` : value}”`;

export function describeCondition(condition: Condition, names: Names): string {
  switch (condition.field) {
    case "channel":
      return `the channel ${condition.operator === "is" ? "is" : "is not"} ${condition.value.map((c) => channelNames[c] ?? c).join(" or ")}`;
    case "text":
      return `the text ${{ contains: "contains", not_contains: "does not contain", matches: "matches" }[condition.operator]} ${quote(condition.value)}`;
    case "attribute":
      if (condition.operator === "is_set") return `the contact's ${condition.name} is known`;
      if (condition.operator === "is_not_set") return `the contact's ${condition.name} is not known`;
      return `the contact's ${condition.name} ${{ is: "is", is_not: "is not", contains: "contains" }[condition.operator]} ${quote(condition.value)}`;
    case "assignee":
      if (condition.operator === "none") return "no one is assigned";
      return `${names.user(condition.userId)} ${condition.operator === "is" ? "is" : "is not"} assigned`;
    case "autopilot":
      return `the autopilot is ${condition.operator}`;
    case "label":
      return `it ${condition.operator === "has" ? "has" : "does not have"} the label ${quote(names.label(condition.labelId))}`;
    case "business_hours":
      return `it is ${condition.operator} business hours`;
  }
}

export function describeAction(action: Action, names: Names): string {
  switch (action.type) {
    case "assign":
      if (action.mode === "person") return `assign to ${names.user(action.userId)}`;
      return `assign to the ${action.mode === "round_robin" ? "next in turn" : "least busy"} of ${
        action.userIds.length ? action.userIds.map(names.user).join(", ") : "the active agents"
      }`;
    case "reply":
      return `reply ${quote(action.template)}`;
    case "resolve":
      return "resolve it";
    case "label":
      return `add the label ${quote(names.label(action.labelId))}`;
    case "autopilot_on":
      return `turn the autopilot on with ${names.process(action.processId)}`;
    case "autopilot_off":
      return "turn the autopilot off";
    case "extract":
      return `have the model fill in ${action.fields.map((field) => field.name).join(", ")}`;
    case "webhook":
      return `call ${action.url} with a signed JSON body`;
  }
}

/** "1 day", "90 minutes", "45 seconds": the largest unit that divides the delay. */
export function describeDelay(seconds: number): string {
  const units: [number, string][] = [
    [86_400, "day"],
    [3_600, "hour"],
    [60, "minute"],
    [1, "second"],
  ];
  const [size, unit] = units.find(([size]) => seconds % size === 0) ?? [1, "second"];
  const count = seconds / size;
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

export function describeEvent(event: AutomationEvent, delaySeconds?: number | null): string {
  const words = automationEvents[event];
  return isTimed(event) ? `${words} for ${describeDelay(delaySeconds ?? 0)}` : words;
}

/** The whole rule as one sentence. */
export function describeRule(
  rule: {
    event: AutomationEvent;
    delaySeconds?: number | null;
    match: "all" | "any";
    conditions: Condition[];
    actions: Action[];
  },
  names: Names,
): string {
  const when = `When ${describeEvent(rule.event, rule.delaySeconds)}`;
  const conditions = rule.conditions.map((condition) => describeCondition(condition, names));
  const which =
    conditions.length === 0
      ? ""
      : conditions.length === 1
        ? ` and ${conditions[0]}`
        : rule.match === "all"
          ? ` and ${conditions.slice(0, -1).join(", ")} and ${conditions.at(-1)}`
          : ` and either ${conditions.slice(0, -1).join(", ")} or ${conditions.at(-1)}`;
  const actions = rule.actions.map((action) => describeAction(action, names));
  const then =
    actions.length > 1 ? `${actions.slice(0, -1).join(", ")}, then ${actions.at(-1)}` : (actions[0] ?? "do nothing");
  return `${when}${which}: ${then}.`;
}
