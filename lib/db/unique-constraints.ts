// What a unique index means to the person whose write it refused: the field they sent that is
// already taken. The route wrapper answers a violation of one of these with a 409 naming the field
// (lib/http/api-route.ts); any other unique violation is a plain "That already exists".
export const uniqueConstraints: Record<string, { path: string; message: string }> = {
  Process_organizationId_name_key: { path: "name", message: "another process has this name" },
  LeadSource_organizationId_name_key: { path: "name", message: "another lead source has this name" },
  CannedReply_organization_shortcut_key: { path: "shortcut", message: "another canned reply has this shortcut" },
  CannedReply_user_shortcut_key: { path: "shortcut", message: "another canned reply of yours has this shortcut" },
  Automation_organizationId_name_key: { path: "name", message: "another automation has this name" },
  Label_organizationId_name_key: { path: "name", message: "another label has this name" },
};
