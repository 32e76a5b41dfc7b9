// {{contact.firstName}}-style variables in text people or processes write (canned replies, a
// process's instructions, a lead source's first message). Pure: the composer fills canned replies
// in the browser with the same rule the server uses.

export type TemplateContact = {
  fullName: string;
  phone?: string | null;
  email?: string | null;
  attributes?: Record<string, unknown>;
};

/** What `{{contact.x}}` and `{{agent.x}}` stand for: the named fields, then any contact attribute. */
export function templateValues(contact: TemplateContact, agent?: { fullName: string }): Record<string, unknown> {
  const attributes = contact.attributes ?? {};
  const values: Record<string, unknown> = {
    ...Object.fromEntries(Object.entries(attributes).map(([name, value]) => [`contact.${name}`, value])),
    "contact.name": contact.fullName,
    "contact.firstName": attributes.firstName ?? contact.fullName.split(/\s+/)[0],
    "contact.email": contact.email ?? attributes.email,
    "contact.phone": contact.phone ?? attributes.phone,
  };
  if (agent) {
    values["agent.name"] = agent.fullName;
    values["agent.firstName"] = agent.fullName.split(/\s+/)[0];
  }
  return values;
}

/**
 * The text with each `{{contact.x}}` / `{{agent.x}}` replaced by its value; one with no value by
 * its fallback where it gives one (`{{contact.firstName|there}}`), else by `missing(name)` (a marker a person sees and fixes, or "(unknown)" for a model) and
 * listed in `missing`.
 */
export function fillTemplate(
  text: string,
  values: Record<string, unknown>,
  missing: (name: string) => string,
): { text: string; missing: string[] } {
  const absent: string[] = [];
  const filled = text.replace(
    /\{\{\s*((?:contact|agent)\.[A-Za-z0-9_]+)\s*(?:\|([^{}]*))?\}\}/g,
    (_, name: string, fallback?: string) => {
      const value = values[name];
      if (value === undefined || value === null || value === "") {
        if (fallback !== undefined) return fallback.trim();
        if (!absent.includes(name)) absent.push(name);
        return missing(name);
      }
      return String(value);
    },
  );
  return { text: filled, missing: absent };
}

/** The marker a canned reply leaves where a variable has no value: seen, never sent as a gap. */
export const missingMarker = (name: string) => `[${name}?]`;
