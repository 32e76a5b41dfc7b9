// The contract's route modules, imported once for the API tests.

export * as resolve from "@/app/api/conversation/[id]/resolve/route";
export * as conversation from "@/app/api/conversation/[id]/route";
export * as byContact from "@/app/api/conversation/all/route";
export * as messages from "@/app/api/conversation/messages/route";
export * as remove from "@/app/api/conversation/route";
export * as seen from "@/app/api/conversation/seen/route";
export * as unseen from "@/app/api/conversation/unseen/route";
