// Generated from /api/openapi.json by openapi-typescript (npm run openapi:client). Do not edit.

export interface paths {
    "/api/conversation/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversations by contact
         * @description A contact's conversations on one channel, newest activity first (reference).
         */
        get: operations["getConversationsByContact"];
        put?: never;
        /**
         * Get conversations by contact (POST)
         * @description A contact's conversations on one channel, newest activity first (reference).
         */
        post: operations["postConversationsByContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get conversation */
        get: operations["getConversation"];
        /**
         * Update conversation
         * @description Assignees, resolution, `process` and `isAutopilot`; `__v` makes it conditional on the version you read (409 when it moved on).
         */
        put: operations["updateConversation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a conversation's labels
         * @description All of them: what is not listed is taken off. Anyone who may read the conversation.
         */
        put: operations["setConversationLabels"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Snooze a conversation
         * @description Until a time, a preset in the organization's time zone, or until the contact writes; a message from the contact wakes it earlier. Reopens a resolved one. Anyone who may read the conversation.
         */
        put: operations["snoozeConversation"];
        post?: never;
        /**
         * Wake a snoozed conversation
         * @description It comes back to Open now. Anyone who may read the conversation.
         */
        delete: operations["wakeConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's labels */
        get: operations["listLabels"];
        put?: never;
        /** Add a label (managers and admins) */
        post: operations["createLabel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/labels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a label (managers and admins)
         * @description The conversations that carried it lose it.
         */
        delete: operations["deleteLabel"];
        options?: never;
        head?: never;
        /** Rename or recolour a label (managers and admins) */
        patch: operations["updateLabel"];
        trace?: never;
    };
    "/api/conversation/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export a conversation (managers and admins)
         * @description Every message with its stamps: `format=json` the API's objects, `text` a transcript in the organization's time zone, `csv` a row per message (cells that would start a formula are defused). Sent as a download.
         */
        get: operations["exportConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Toggle resolve conversation */
        put: operations["resolveConversation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete conversation
         * @description The conversation and all its messages; its id in the body, as in the reference.
         */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark seen (for you) */
        post: operations["markConversationSeen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/unseen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark unseen (for you) */
        post: operations["markConversationUnseen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign, unassign, resolve or reopen many
         * @description All or nothing; up to 100 conversations.
         */
        post: operations["bulkUpdateConversations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get messages
         * @description A conversation's messages, oldest first (reference). With `limit`, a page, and `before` for the older one; without, the whole thread, streamed.
         */
        get: operations["getMessages"];
        put?: never;
        /**
         * Get messages (POST)
         * @description A conversation's messages, oldest first (reference). With `limit`, a page, and `before` for the older one; without, the whole thread, streamed.
         */
        post: operations["postMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply
         * @description Sent through the conversation's channel by the outbox, exactly once; answered as queued.
         */
        post: operations["sendReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file for a reply (`?name=` its file name)
         * @description The body is the file's bytes. Its type is read from the bytes and must be one the conversation's channel carries (docs/api.md lists them); up to 10 MB, 4 at a time and 60 a minute per person. Send it by naming its id in the reply's `attachments`; until then only you can read it.
         */
        post: operations["uploadReplyFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/uploads/canned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a canned reply's files into a reply
         * @description Each becomes your unsent file in this conversation; refused (415) when the channel cannot carry one.
         */
        post: operations["copyCannedReplyFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take back a file you uploaded and have not sent */
        delete: operations["removeReplyFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/messages/{messageId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a failed reply */
        post: operations["retryReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write a private note
         * @description A message only the organization's people see (`private: true`), never sent to the contact. The people in `mentions` are told (their live stream, their mentions, email where it is set up) and may read the conversation while the note exists. Anyone who may read the conversation may write one.
         */
        post: operations["writeNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/notes/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a note
         * @description Its writer, managers and admins. Its mentions go with it.
         */
        delete: operations["deleteNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The activity trail
         * @description Who assigned, unassigned, resolved, reopened, snoozed or woke the conversation, turned its autopilot on or off, added or deleted a note, and when: newest first. `actor` is null when the contact, the autopilot or an automation (`automation`) did it.
         */
        get: operations["getActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your mentions
         * @description Notes that mention you, newest first, with how many are unread. Opening the conversation reads them.
         */
        get: operations["listMentions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mentions/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark your mentions read */
        post: operations["readMentions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your unsent reply */
        get: operations["getDraft"];
        /**
         * Save your unsent reply
         * @description A blank body removes it; a save overtaken by a later revision of the same editor is not applied.
         */
        put: operations["saveDraft"];
        post?: never;
        /** Remove your unsent reply */
        delete: operations["deleteDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/conversation/{id}/presence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Say you are viewing or typing
         * @description Sent to the others on the conversation as a presence event.
         */
        post: operations["announcePresence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events (server-sent events)
         * @description Your conversations' changes as they happen; docs/api.md lists the event types.
         */
        get: operations["liveEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The inbox
         * @description Conversations across contacts under the filters, newest activity first, keyset paged.
         */
        get: operations["listInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inbox/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many each view holds */
        get: operations["countInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contacts
         * @description Searched by name, phone or email; keyset paged.
         */
        get: operations["listContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contact */
        get: operations["getContact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a contact's attributes */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/api/contacts/{id}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an email conversation with a contact
         * @description A draft (`isDraft: true`) owned by the caller, with its subject and mailbox (`connectionId`, else the organization's first), until its first message is sent. 400 when the contact has no email or no mailbox is connected.
         */
        post: operations["startEmailConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages/{id}/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A received email's HTML, sanitised
         * @description A document for a sandboxed frame: no script runs, no form submits, and (unless `images=1`) no image loads from another server. For whoever may read the conversation; 404 for a message without HTML.
         */
        get: operations["getEmailHtml"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's users
         * @description With how many open conversations each is assigned (pickers).
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log (admins)
         * @description Sign-ins, people joining, role changes, deactivations, invitations, channel connections, API tokens, deleted conversations and every conversation's activity: newest first, filtered by `group`, `actor` and days. `format=csv` downloads every entry that matches.
         */
        get: operations["getAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Your name */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Needs the current one; every session ends, this one too.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign out everywhere
         * @description Every session of yours ends (API tokens are revoked one by one).
         */
        delete: operations["signOutEverywhere"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People and open invitations */
        get: operations["listPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change someone's role, or deactivate / reactivate them */
        patch: operations["changePerson"];
        trace?: never;
    };
    "/api/people/{id}/reset-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A password reset link to pass on by hand */
        post: operations["makeResetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone */
        post: operations["invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: operations["revokeInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an invitation again, with a new link */
        post: operations["sendInvitationAgain"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation
         * @description The invitee's name and password; the link works once.
         */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organization */
        get: operations["getOrganization"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename it, or change its time zone */
        patch: operations["updateOrganization"];
        trace?: never;
    };
    "/api/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgot password
         * @description The same answer whether or not the email has an account.
         */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password from a reset link */
        post: operations["completePasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * First run: the organization and its first admin
         * @description Only on a database with no users; 409 ever after.
         */
        post: operations["setUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens */
        get: operations["listApiTokens"];
        put?: never;
        /** Make an API token */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What the process would reply now
         * @description Generated and returned, never sent (reference). `processId` tries another process.
         */
        post: operations["generateReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organization's model provider */
        get: operations["getModelProvider"];
        /**
         * Set the model provider (admins)
         * @description Any OpenAI-compatible chat completions endpoint; the key is sealed and never read back.
         */
        put: operations["saveModelProvider"];
        post?: never;
        /** Remove the model provider (admins) */
        delete: operations["removeModelProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/provider/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try the model provider (admins) */
        post: operations["testModelProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ai/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The model's call log (admins) */
        get: operations["listModelCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/processes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Processes */
        get: operations["listProcesses"];
        put?: never;
        /**
         * Add a process
         * @description Managers and admins.
         */
        post: operations["createProcess"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/processes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A process */
        get: operations["getProcess"];
        put?: never;
        post?: never;
        /**
         * Delete a process
         * @description Managers and admins.
         */
        delete: operations["deleteProcess"];
        options?: never;
        head?: never;
        /**
         * Change a process
         * @description Managers and admins.
         */
        patch: operations["updateProcess"];
        trace?: never;
    };
    "/api/lead-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lead sources
         * @description Managers and admins.
         */
        get: operations["listLeadSources"];
        put?: never;
        /**
         * Add a lead source
         * @description Managers and admins.
         */
        post: operations["createLeadSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lead-sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a lead source
         * @description Managers and admins.
         */
        delete: operations["deleteLeadSource"];
        options?: never;
        head?: never;
        /**
         * Change a lead source
         * @description Managers and admins.
         */
        patch: operations["updateLeadSource"];
        trace?: never;
    };
    "/api/webhooks/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new lead for outreach
         * @description From a form or a CRM, with the organization's inbound secret (reference: outreach webhook).
         */
        post: operations["takeLead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Automation rules
         * @description Managers and admins.
         */
        get: operations["listAutomations"];
        put?: never;
        /**
         * Add a rule
         * @description Managers and admins. A rule with a webhook answers its signing secret this once.
         */
        post: operations["createAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a rule
         * @description Managers and admins.
         */
        delete: operations["deleteAutomation"];
        options?: never;
        head?: never;
        /**
         * Change a rule
         * @description Managers and admins.
         */
        patch: operations["updateAutomation"];
        trace?: never;
    };
    "/api/automations/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A rule's run log
         * @description Newest first, 50 a page.
         */
        get: operations["listAutomationRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automations/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new webhook signing secret for a rule */
        post: operations["rotateAutomationSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/automations/try": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a rule would do on a conversation now
         * @description Changes nothing.
         */
        post: operations["tryAutomation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/canned-replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Canned replies
         * @description The organization's and your own, the most used first.
         */
        get: operations["listCannedReplies"];
        put?: never;
        /**
         * Add a canned reply
         * @description Organization-wide (managers and admins) or personal.
         */
        post: operations["createCannedReply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/canned-replies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a canned reply */
        delete: operations["deleteCannedReply"];
        options?: never;
        head?: never;
        /** Change a canned reply */
        patch: operations["updateCannedReply"];
        trace?: never;
    };
    "/api/canned-replies/{id}/used": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Say a canned reply was used */
        post: operations["countCannedReplyUse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/canned-replies/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a file to a canned reply (`?name=` its file name)
         * @description The body is the file's bytes: a type some channel carries (read from the bytes), up to 10 MB, at most 5 per reply. Who may change the reply may add files.
         */
        post: operations["addCannedReplyFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/canned-replies/{id}/attachments/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a file from a canned reply */
        delete: operations["removeCannedReplyFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Channel connections
         * @description Admins. Secrets go in and never come back out.
         */
        get: operations["listChannelConnections"];
        put?: never;
        /**
         * Connect a channel
         * @description Admins. The provider's settings and secrets, checked with the provider first.
         */
        post: operations["connectChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a channel connection
         * @description Admins.
         */
        delete: operations["removeChannel"];
        options?: never;
        head?: never;
        /**
         * Rename, disable / enable, or replace a secret
         * @description Admins.
         */
        patch: operations["changeChannel"];
        trace?: never;
    };
    "/api/channels/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try a connection's credentials with its provider
         * @description Admins.
         */
        post: operations["testChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/channels/connected": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which channels have a provider connected */
        get: operations["connectedChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact's message, from a provider of your own
         * @description `Authorization: Bearer` the organization's inbound secret.
         */
        post: operations["receiveInboundMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbound webhook endpoints
         * @description Admins.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Add an endpoint
         * @description Admins. Its signing secret (`whsec_…`) is in this answer only; deliveries are signed as Standard Webhooks.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/endpoints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an endpoint
         * @description Admins.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint
         * @description Admins. Turning it on again forgets its failures.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/api/webhooks/endpoints/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret
         * @description Admins. The one before keeps signing, as a second signature, for 24 hours.
         */
        post: operations["rotateWebhookEndpointSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/endpoints/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An endpoint's delivery log
         * @description Admins. Newest first, 50 a page, each with its latest attempts.
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/endpoints/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery again
         * @description Admins. The same body and webhook-id, signed now.
         */
        post: operations["replayWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/twilio/{key}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio SMS: messages
         * @description Called by Twilio SMS with its own signature, at the URL Settings → Channels shows.
         */
        post: operations["twilioMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/twilio/{key}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio SMS: status
         * @description Called by Twilio SMS with its own signature, at the URL Settings → Channels shows.
         */
        post: operations["twilioStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/messenger/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Facebook Messenger: callback
         * @description Called by Facebook Messenger with its own signature, at the URL Settings → Channels shows.
         */
        get: operations["messengerCallbackVerify"];
        put?: never;
        /**
         * Facebook Messenger: callback
         * @description Called by Facebook Messenger with its own signature, at the URL Settings → Channels shows.
         */
        post: operations["messengerCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file in a conversation
         * @description For whoever may read that conversation; sent with nosniff and a sandboxing policy.
         */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A sent file, for the provider carrying it
         * @description The signed link a provider is given to fetch a reply's file (Twilio's MediaUrl, Messenger's attachment URL): `expires` and `signature` are the credential, for an hour. Also answers HEAD.
         */
        get: operations["getSentMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/{key}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the widget shows */
        get: operations["widgetConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/{key}/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start or resume a visitor
         * @description From the website's identity token, the token this browser kept, or anew.
         */
        post: operations["widgetSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/{key}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visitor's conversation */
        get: operations["widgetMessages"];
        put?: never;
        /** The visitor writes */
        post: operations["widgetSendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/{key}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The visitor uploads an image (`?name=` its file name) */
        post: operations["widgetUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/{key}/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An image of the visitor's conversation */
        get: operations["widgetReadUpload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/{key}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The visitor has read the conversation */
        post: operations["widgetRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/widget/{key}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The visitor's live events (server-sent events) */
        get: operations["widgetEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers and is migrated */
        get: operations["ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This document */
        get: operations["openApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A report (managers and admins)
         * @description Conversations opened and resolved from `from` to `to` (days in the organization's time zone, at most 366), first-response and resolution times (seconds: median and 90th percentile), in total and per day, channel, person assigned or label. `format=csv` answers the rows as a download, the total last.
         */
        get: operations["getReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conversations behind a report (managers and admins)
         * @description A CSV row for each conversation opened or resolved in the period (optionally one channel's, person's or label's): its times, first-response and resolution seconds, assignees and labels. Streamed as a download.
         */
        get: operations["getReportConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "conversation.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A conversation is created */
        post: operations["webhook.conversation.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A conversation changes: assigned, unassigned, reopened, autopilot */
        post: operations["webhook.conversation.updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.resolved": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A conversation is resolved */
        post: operations["webhook.conversation.resolved"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "conversation.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A conversation is deleted */
        post: operations["webhook.conversation.deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message is received or sent (system stamps too) */
        post: operations["webhook.message.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A message's delivery status changes */
        post: operations["webhook.message.updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A contact is created */
        post: operations["webhook.contact.created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A contact changes */
        post: operations["webhook.contact.updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "automation.fired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An automation rule fires */
        post: operations["webhook.automation.fired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        Conversation: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            organizationId: string;
            /** @description The owner. */
            userId: string | null;
            /** @description In the order they were assigned. */
            assignees: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                fullName: string;
                email: string;
            }[];
            /** @enum {string} */
            channelType: "sms" | "facebook" | "webchat" | "email";
            /** @description The contact's address on that channel. */
            channelIdentifier: string;
            latestMessage: string | null;
            /**
             * Format: date-time
             * @description Newest activity.
             * @example 2026-01-15T12:30:00.000Z
             */
            lastMessageTime: string;
            isResolved: boolean;
            resolvedAt: string | null;
            subject: string | null;
            provider: string | null;
            emailAccountId: string | null;
            /** @description Email: the people copied on the thread besides the contact; null elsewhere. */
            participants: {
                email: string;
                name: string;
            }[] | null;
            isDraft: boolean;
            messageCount: number;
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            contactId: string;
            /** @description The process the AI follows in it. */
            process: string | null;
            /** @description The AI answers on its own. */
            isAutopilot: boolean;
            source: string | null;
            leadSource: string | null;
            /** @description Unseen for you: you marked it unseen, or a message came in since you last opened it. */
            isUpdated: boolean;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Grows with every change, in commit order: of two copies, the later is newer.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
            /** @description The version: grows by one on each change of assignees, resolution, process or autopilot. */
            __v: number;
            resolvedBy?: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                fullName: string;
            };
            visitor?: {
                url?: string;
                title?: string;
                browser?: string;
            };
            /** @description Ours: its labels, by name; only when it has any. */
            labels?: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                name: string;
                color: string;
            }[];
            /** @description Ours: only while it is snoozed. */
            snooze?: {
                /** @description When it comes back; null: when the contact writes. */
                until: string | null;
            };
        };
        Error: {
            message: string;
            errors?: {
                path: string;
                message: string;
            }[];
            requestId?: string;
        };
        Label: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            name: string;
            color: string;
            conversationCount?: number;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
        };
        Done: {
            message: string;
        };
        Message: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            isIncoming: boolean;
            body: string;
            /** @enum {string} */
            channelType: "sms" | "facebook" | "webchat" | "email";
            channelIdentifier: string;
            /** @enum {string} */
            status: "queued" | "sent" | "delivered" | "read" | "failed" | "received";
            /**
             * @description SYSTEM: an automation's stamp (systemStamp says which fired and what it did).
             * @enum {string}
             */
            senderType: "CONTACT" | "USER" | "AI" | "SYSTEM";
            /** @description The person who sent it. */
            userId: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                fullName: string;
            } | null;
            contactId: string | null;
            attachments: unknown[];
            /** @description One automation firing: its name, the fields it extracted, the actions it took. */
            systemStamp: {
                type?: string;
                automationName?: string;
                fieldsExtracted: string[];
                actions: string[];
            };
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /** @description Ours: why the provider refused it (failed only). */
            failureReason?: string;
            /**
             * @description Ours: no provider was connected; it was recorded, delivered nowhere.
             * @constant
             */
            recordedOnly?: true;
            /**
             * @description Ours: a private note, seen only by the organization's people; never sent to the contact.
             * @constant
             */
            private?: true;
            /** @description Ours, on notes only: the people the note mentions. */
            mentions?: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                fullName: string;
            }[];
            /**
             * @description Ours: the contact's automatic message (an out-of-office reply); it reopened nothing.
             * @constant
             */
            automatic?: true;
            /**
             * @description Ours, on received emails only: how it joined its conversation (our Message-ID in its headers, the conversation's [#reference], the same contact's or a participant's open subject, or a new thread).
             * @enum {string}
             */
            threadedBy?: "references" | "token" | "subject" | "new";
            /** @description Ours, on email messages only: its addresses and subject. */
            email?: {
                /** @description Who sent it (a received email). */
                from?: {
                    email: string;
                    name: string;
                };
                to: {
                    email: string;
                    name: string;
                }[];
                cc: {
                    email: string;
                    name: string;
                }[];
                subject: string;
                /**
                 * @description It came with HTML: `only` (its text was made from the HTML) or `alternative` (beside its own plain text). GET /api/messages/:id/html serves it, sanitised.
                 * @enum {string}
                 */
                html?: "only" | "alternative";
                /**
                 * @description Its HTML names images on other servers, held back until asked for (?images=1).
                 * @constant
                 */
                remoteImages?: true;
            };
        };
        Upload: {
            id: string;
            name: string;
            contentType: string;
            size: number;
        };
        InboxRow: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            organizationId: string;
            /** @description The owner. */
            userId: string | null;
            /** @description In the order they were assigned. */
            assignees: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                fullName: string;
                email: string;
            }[];
            /** @enum {string} */
            channelType: "sms" | "facebook" | "webchat" | "email";
            /** @description The contact's address on that channel. */
            channelIdentifier: string;
            latestMessage: string | null;
            /**
             * Format: date-time
             * @description Newest activity.
             * @example 2026-01-15T12:30:00.000Z
             */
            lastMessageTime: string;
            isResolved: boolean;
            resolvedAt: string | null;
            subject: string | null;
            provider: string | null;
            emailAccountId: string | null;
            /** @description Email: the people copied on the thread besides the contact; null elsewhere. */
            participants: {
                email: string;
                name: string;
            }[] | null;
            isDraft: boolean;
            messageCount: number;
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            contactId: string;
            /** @description The process the AI follows in it. */
            process: string | null;
            /** @description The AI answers on its own. */
            isAutopilot: boolean;
            source: string | null;
            leadSource: string | null;
            /** @description Unseen for you: you marked it unseen, or a message came in since you last opened it. */
            isUpdated: boolean;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description Grows with every change, in commit order: of two copies, the later is newer.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
            /** @description The version: grows by one on each change of assignees, resolution, process or autopilot. */
            __v: number;
            resolvedBy?: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                fullName: string;
            };
            visitor?: {
                url?: string;
                title?: string;
                browser?: string;
            };
            contact: {
                _id: string;
                fullName: string;
                phone: string | null;
                email: string | null;
            };
            preview: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                body: string;
                isIncoming: boolean;
                /**
                 * @description SYSTEM: an automation's stamp (systemStamp says which fired and what it did).
                 * @enum {string}
                 */
                senderType: "CONTACT" | "USER" | "AI" | "SYSTEM";
                automationName: string | null;
                actions: string[];
                attachmentCount: number;
                /**
                 * Format: date-time
                 * @description UTC, with milliseconds.
                 * @example 2026-01-15T12:30:00.000Z
                 */
                createdAt: string;
            } | null;
            draft: string | null;
            labels: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                name: string;
                color: string;
            }[];
            /** @description Ours: only while it is snoozed. */
            snooze?: {
                /** @description When it comes back; null: when the contact writes. */
                until: string | null;
            };
            /**
             * Format: date-time
             * @description Since when the contact has waited for an answer; only while they wait.
             * @example 2026-01-15T12:30:00.000Z
             */
            waitingSince?: string;
            /** @description Only in a search (`q`), on rows found by words in their messages. */
            match?: {
                messageId: string;
                /**
                 * Format: date-time
                 * @description UTC, with milliseconds.
                 * @example 2026-01-15T12:30:00.000Z
                 */
                createdAt: string;
                snippet: string;
                /** @description [start, end) of each highlighted run of `snippet`, in UTF-16 code units. */
                highlights: [
                    number,
                    number
                ][];
            };
        };
        Contact: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            fullName: string;
            phone: string | null;
            email: string | null;
            facebookId: string | null;
            attributes: {
                [key: string]: string | number | boolean;
            };
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            conversationCounts?: {
                [key: string]: number;
            };
        };
        User: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            fullName: string;
            email: string;
            /** @enum {string} */
            role: "ADMIN" | "MANAGER" | "AGENT";
            active: boolean;
            openAssigned: number;
        };
        Person: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            fullName: string;
            email: string;
            /** @enum {string} */
            role: "ADMIN" | "MANAGER" | "AGENT";
            /** @enum {string} */
            status: "active" | "deactivated";
            deactivatedAt: string | null;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
        };
        Invitation: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            email: string;
            /** @enum {string} */
            role: "ADMIN" | "MANAGER" | "AGENT";
            /** @enum {string} */
            status: "pending" | "expired" | "accepted" | "revoked";
            invitedBy: string | null;
            expiresAt: string | null;
            sentAt: string | null;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
        };
        Organization: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            name: string;
            timeZone: string;
            autopilotStalledMinutes: number;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
        };
        ApiToken: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            name: string;
            prefix: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
        };
        Process: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            name: string;
            instructions: string;
            model: string | null;
            fields: {
                name: string;
                /** @enum {string} */
                type: "text" | "number" | "boolean" | "date";
                /** @default  */
                description: string;
            }[];
            actions: ("reply" | "extract" | "handoff" | "resolve")[];
            replyDelaySeconds: number;
            handoffKeywords: string[];
            maxTurns: number;
            handoffUserId: string | null;
            activeHours: {
                /** @enum {string} */
                mode: "inside" | "outside";
                hours: {
                    mon: [
                        string,
                        string
                    ] | null;
                    tue: [
                        string,
                        string
                    ] | null;
                    wed: [
                        string,
                        string
                    ] | null;
                    thu: [
                        string,
                        string
                    ] | null;
                    fri: [
                        string,
                        string
                    ] | null;
                    sat: [
                        string,
                        string
                    ] | null;
                    sun: [
                        string,
                        string
                    ] | null;
                };
            } | null;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
        };
        LeadSource: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            name: string;
            processId: string | null;
            isAutopilot: boolean;
            starterMessage: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
        };
        Automation: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            name: string;
            enabled: boolean;
            /** @enum {string} */
            event: "message.received" | "message.sent" | "conversation.created" | "conversation.assigned" | "conversation.resolved" | "conversation.reopened" | "time.no_reply_from_us" | "time.no_reply_from_contact";
            delaySeconds: number | null;
            /** @enum {string} */
            match: "all" | "any";
            conditions: ({
                /** @constant */
                field: "channel";
                /** @enum {string} */
                operator: "is" | "is_not";
                value: ("sms" | "facebook" | "webchat" | "email")[];
            } | ({
                /** @constant */
                field: "text";
                /** @enum {string} */
                operator: "contains" | "not_contains";
                value: string;
            } | {
                /** @constant */
                field: "text";
                /** @constant */
                operator: "matches";
                value: string;
            }) | {
                /** @constant */
                field: "attribute";
                name: string;
                /** @enum {string} */
                operator: "is" | "is_not" | "contains" | "is_set" | "is_not_set";
                /** @default  */
                value: string;
            } | ({
                /** @constant */
                field: "assignee";
                /** @constant */
                operator: "none";
            } | {
                /** @constant */
                field: "assignee";
                /** @enum {string} */
                operator: "is" | "is_not";
                userId: string;
            }) | {
                /** @constant */
                field: "autopilot";
                /** @enum {string} */
                operator: "on" | "off";
            } | {
                /** @constant */
                field: "label";
                /** @enum {string} */
                operator: "has" | "has_not";
                labelId: string;
            } | {
                /** @constant */
                field: "business_hours";
                /** @enum {string} */
                operator: "inside" | "outside";
                hours: {
                    mon: [
                        string,
                        string
                    ] | null;
                    tue: [
                        string,
                        string
                    ] | null;
                    wed: [
                        string,
                        string
                    ] | null;
                    thu: [
                        string,
                        string
                    ] | null;
                    fri: [
                        string,
                        string
                    ] | null;
                    sat: [
                        string,
                        string
                    ] | null;
                    sun: [
                        string,
                        string
                    ] | null;
                };
            })[];
            actions: (({
                /** @constant */
                type: "assign";
                /** @constant */
                mode: "person";
                userId: string;
            } | {
                /** @constant */
                type: "assign";
                /** @enum {string} */
                mode: "round_robin" | "least_busy";
                /** @default [] */
                userIds: string[];
            }) | {
                /** @constant */
                type: "reply";
                template: string;
            } | {
                /** @constant */
                type: "resolve";
            } | {
                /** @constant */
                type: "label";
                labelId: string;
            } | {
                /** @constant */
                type: "autopilot_on";
                processId: string;
            } | {
                /** @constant */
                type: "autopilot_off";
            } | {
                /** @constant */
                type: "extract";
                fields: {
                    name: string;
                    /** @enum {string} */
                    type: "text" | "number" | "boolean" | "date";
                    /** @default  */
                    description: string;
                }[];
            } | {
                /** @constant */
                type: "webhook";
                url: string;
            })[];
            summary: string;
            hasWebhookSecret: boolean;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
        };
        SavedAutomation: {
            data: {
                /**
                 * @description An id: 24 lowercase hexadecimal digits.
                 * @example 665f1c0a0000000000000101
                 */
                _id: string;
                name: string;
                enabled: boolean;
                /** @enum {string} */
                event: "message.received" | "message.sent" | "conversation.created" | "conversation.assigned" | "conversation.resolved" | "conversation.reopened" | "time.no_reply_from_us" | "time.no_reply_from_contact";
                delaySeconds: number | null;
                /** @enum {string} */
                match: "all" | "any";
                conditions: ({
                    /** @constant */
                    field: "channel";
                    /** @enum {string} */
                    operator: "is" | "is_not";
                    value: ("sms" | "facebook" | "webchat" | "email")[];
                } | ({
                    /** @constant */
                    field: "text";
                    /** @enum {string} */
                    operator: "contains" | "not_contains";
                    value: string;
                } | {
                    /** @constant */
                    field: "text";
                    /** @constant */
                    operator: "matches";
                    value: string;
                }) | {
                    /** @constant */
                    field: "attribute";
                    name: string;
                    /** @enum {string} */
                    operator: "is" | "is_not" | "contains" | "is_set" | "is_not_set";
                    /** @default  */
                    value: string;
                } | ({
                    /** @constant */
                    field: "assignee";
                    /** @constant */
                    operator: "none";
                } | {
                    /** @constant */
                    field: "assignee";
                    /** @enum {string} */
                    operator: "is" | "is_not";
                    userId: string;
                }) | {
                    /** @constant */
                    field: "autopilot";
                    /** @enum {string} */
                    operator: "on" | "off";
                } | {
                    /** @constant */
                    field: "label";
                    /** @enum {string} */
                    operator: "has" | "has_not";
                    labelId: string;
                } | {
                    /** @constant */
                    field: "business_hours";
                    /** @enum {string} */
                    operator: "inside" | "outside";
                    hours: {
                        mon: [
                            string,
                            string
                        ] | null;
                        tue: [
                            string,
                            string
                        ] | null;
                        wed: [
                            string,
                            string
                        ] | null;
                        thu: [
                            string,
                            string
                        ] | null;
                        fri: [
                            string,
                            string
                        ] | null;
                        sat: [
                            string,
                            string
                        ] | null;
                        sun: [
                            string,
                            string
                        ] | null;
                    };
                })[];
                actions: (({
                    /** @constant */
                    type: "assign";
                    /** @constant */
                    mode: "person";
                    userId: string;
                } | {
                    /** @constant */
                    type: "assign";
                    /** @enum {string} */
                    mode: "round_robin" | "least_busy";
                    /** @default [] */
                    userIds: string[];
                }) | {
                    /** @constant */
                    type: "reply";
                    template: string;
                } | {
                    /** @constant */
                    type: "resolve";
                } | {
                    /** @constant */
                    type: "label";
                    labelId: string;
                } | {
                    /** @constant */
                    type: "autopilot_on";
                    processId: string;
                } | {
                    /** @constant */
                    type: "autopilot_off";
                } | {
                    /** @constant */
                    type: "extract";
                    fields: {
                        name: string;
                        /** @enum {string} */
                        type: "text" | "number" | "boolean" | "date";
                        /** @default  */
                        description: string;
                    }[];
                } | {
                    /** @constant */
                    type: "webhook";
                    url: string;
                })[];
                summary: string;
                hasWebhookSecret: boolean;
                /**
                 * Format: date-time
                 * @description UTC, with milliseconds.
                 * @example 2026-01-15T12:30:00.000Z
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @description UTC, with milliseconds.
                 * @example 2026-01-15T12:30:00.000Z
                 */
                updatedAt: string;
            };
            webhookSecret?: string;
        };
        CannedReply: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            shortcut: string;
            body: string;
            /** @enum {string} */
            scope: "organization" | "personal";
            usageCount: number;
            attachments: {
                id: string;
                name: string;
                contentType: string;
                size: number;
            }[];
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
        };
        ChannelConnection: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            /** @enum {string} */
            provider: "twilio" | "messenger" | "webchat" | "imap";
            label: string;
            /** @enum {string} */
            channelType: "sms" | "facebook" | "webchat" | "email";
            name: string;
            /** @enum {string} */
            status: "active" | "disabled";
            check: {
                ok: boolean;
                message: string;
                /**
                 * Format: date-time
                 * @description UTC, with milliseconds.
                 * @example 2026-01-15T12:30:00.000Z
                 */
                at: string;
            } | null;
            settings: {
                [key: string]: unknown;
            };
            secrets: {
                [key: string]: "set";
            };
            webhooks: {
                [key: string]: string;
            };
            embed?: {
                publicId: string;
                snippet: string;
                csp: string[];
            };
            shownOnce?: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
        };
        WebhookEndpoint: {
            /**
             * @description An id: 24 lowercase hexadecimal digits.
             * @example 665f1c0a0000000000000101
             */
            _id: string;
            url: string;
            description: string;
            events: ("conversation.created" | "conversation.updated" | "conversation.resolved" | "conversation.deleted" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "automation.fired")[];
            enabled: boolean;
            disabledReason: string | null;
            failingSince: string | null;
            previousSecretUntil: string | null;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC, with milliseconds.
             * @example 2026-01-15T12:30:00.000Z
             */
            updatedAt: string;
        };
        VisitorMessage: {
            id: string;
            body: string;
            /** @enum {string} */
            from: "visitor" | "agent" | "assistant";
            agent: {
                name: string;
            } | null;
            attachments: {
                id: string;
                name: string;
                contentType: string;
                size: number;
            }[];
            /** Format: date-time */
            createdAt: string;
            status: ("sent" | "seen") | null;
        };
        Report: {
            timeZone: string;
            from: string;
            to: string;
            /** @enum {string} */
            by: "day" | "channel" | "agent" | "label";
            totals: {
                /** @description Conversations opened in the period. */
                opened: number;
                /** @description Conversations resolved in the period (and not reopened since). */
                resolved: number;
                /** @description Of those opened: from the contact's first message to our first answer after it. */
                firstResponse: {
                    count: number;
                    median: number | null;
                    p90: number | null;
                };
                /** @description Of those resolved: from opening to resolution. */
                resolution: {
                    count: number;
                    median: number | null;
                    p90: number | null;
                };
            };
            rows: {
                /** @description The day, channel, person's id or label's id; null: unassigned, or no label. */
                key: string | null;
                name: string;
                /** @description Conversations opened in the period. */
                opened: number;
                /** @description Conversations resolved in the period (and not reopened since). */
                resolved: number;
                /** @description Of those opened: from the contact's first message to our first answer after it. */
                firstResponse: {
                    count: number;
                    median: number | null;
                    p90: number | null;
                };
                /** @description Of those resolved: from opening to resolution. */
                resolution: {
                    count: number;
                    median: number | null;
                    p90: number | null;
                };
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getConversationsByContact: {
        parameters: {
            query: {
                contactId: string;
                channelType?: "sms" | "facebook" | "webchat" | "email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversations: components["schemas"]["Conversation"][];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postConversationsByContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    contactId: string;
                    /**
                     * @default sms
                     * @enum {string}
                     */
                    channelType?: "sms" | "facebook" | "webchat" | "email";
                };
            };
        };
        responses: {
            /** @description The conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversations: components["schemas"]["Conversation"][];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignees?: (string | {
                        _id: string;
                    })[];
                    isResolved?: boolean;
                    isAutopilot?: boolean;
                    process?: string | null;
                    __v?: number;
                };
            };
        };
        responses: {
            /** @description The conversation as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setConversationLabels: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    labelIds: string[];
                };
            };
        };
        responses: {
            /** @description The conversation as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    snoozeConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description When it comes back: with an offset, or a wall-clock time in the organization's time zone. */
                    until?: string;
                    /**
                     * @description Later today (3 hours on), tomorrow 09:00, or next Monday 09:00, in the organization's time zone.
                     * @enum {string}
                     */
                    preset?: "later_today" | "tomorrow" | "next_week";
                    /**
                     * @description Until the contact writes.
                     * @constant
                     */
                    untilReply?: true;
                };
            };
        };
        responses: {
            /** @description The conversation as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    wakeConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLabels: {
        parameters: {
            query?: {
                counts?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        labels: components["schemas"]["Label"][];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createLabel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    color: "slate" | "red" | "amber" | "green" | "teal" | "blue" | "violet" | "pink";
                };
            };
        };
        responses: {
            /** @description It. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Label"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLabel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @enum {string} */
                    color?: "slate" | "red" | "amber" | "green" | "teal" | "blue" | "violet" | "pink";
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Label"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportConversation: {
        parameters: {
            query?: {
                format?: "json" | "text" | "csv";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export, as an attachment. */
            200: {
                headers: {
                    /** @description attachment; filename="conversation-<id>.<json|txt|csv>" */
                    "content-disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        exportedAt: string;
                        exportedBy: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        };
                        timeZone: string;
                        conversation: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            organizationId: string;
                            /** @description The owner. */
                            userId: string | null;
                            /** @description In the order they were assigned. */
                            assignees: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                                email: string;
                            }[];
                            /** @enum {string} */
                            channelType: "sms" | "facebook" | "webchat" | "email";
                            /** @description The contact's address on that channel. */
                            channelIdentifier: string;
                            latestMessage: string | null;
                            /**
                             * Format: date-time
                             * @description Newest activity.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            lastMessageTime: string;
                            isResolved: boolean;
                            resolvedAt: string | null;
                            subject: string | null;
                            provider: string | null;
                            emailAccountId: string | null;
                            /** @description Email: the people copied on the thread besides the contact; null elsewhere. */
                            participants: {
                                email: string;
                                name: string;
                            }[] | null;
                            isDraft: boolean;
                            messageCount: number;
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            contactId: string;
                            /** @description The process the AI follows in it. */
                            process: string | null;
                            /** @description The AI answers on its own. */
                            isAutopilot: boolean;
                            source: string | null;
                            leadSource: string | null;
                            /** @description Unseen for you: you marked it unseen, or a message came in since you last opened it. */
                            isUpdated: boolean;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description Grows with every change, in commit order: of two copies, the later is newer.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                            /** @description The version: grows by one on each change of assignees, resolution, process or autopilot. */
                            __v: number;
                            resolvedBy?: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            };
                            visitor?: {
                                url?: string;
                                title?: string;
                                browser?: string;
                            };
                            /** @description Ours: its labels, by name; only when it has any. */
                            labels?: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                name: string;
                                color: string;
                            }[];
                            /** @description Ours: only while it is snoozed. */
                            snooze?: {
                                /** @description When it comes back; null: when the contact writes. */
                                until: string | null;
                            };
                        };
                        contact: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                            phone: string | null;
                            email: string | null;
                            facebookId: string | null;
                            attributes: {
                                [key: string]: string | number | boolean;
                            };
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            conversationCounts?: {
                                [key: string]: number;
                            };
                        };
                        messages: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            isIncoming: boolean;
                            body: string;
                            /** @enum {string} */
                            channelType: "sms" | "facebook" | "webchat" | "email";
                            channelIdentifier: string;
                            /** @enum {string} */
                            status: "queued" | "sent" | "delivered" | "read" | "failed" | "received";
                            /**
                             * @description SYSTEM: an automation's stamp (systemStamp says which fired and what it did).
                             * @enum {string}
                             */
                            senderType: "CONTACT" | "USER" | "AI" | "SYSTEM";
                            /** @description The person who sent it. */
                            userId: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            contactId: string | null;
                            attachments: unknown[];
                            /** @description One automation firing: its name, the fields it extracted, the actions it took. */
                            systemStamp: {
                                type?: string;
                                automationName?: string;
                                fieldsExtracted: string[];
                                actions: string[];
                            };
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            /** @description Ours: why the provider refused it (failed only). */
                            failureReason?: string;
                            /**
                             * @description Ours: no provider was connected; it was recorded, delivered nowhere.
                             * @constant
                             */
                            recordedOnly?: true;
                            /**
                             * @description Ours: a private note, seen only by the organization's people; never sent to the contact.
                             * @constant
                             */
                            private?: true;
                            /** @description Ours, on notes only: the people the note mentions. */
                            mentions?: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            }[];
                            /**
                             * @description Ours: the contact's automatic message (an out-of-office reply); it reopened nothing.
                             * @constant
                             */
                            automatic?: true;
                            /**
                             * @description Ours, on received emails only: how it joined its conversation (our Message-ID in its headers, the conversation's [#reference], the same contact's or a participant's open subject, or a new thread).
                             * @enum {string}
                             */
                            threadedBy?: "references" | "token" | "subject" | "new";
                            /** @description Ours, on email messages only: its addresses and subject. */
                            email?: {
                                /** @description Who sent it (a received email). */
                                from?: {
                                    email: string;
                                    name: string;
                                };
                                to: {
                                    email: string;
                                    name: string;
                                }[];
                                cc: {
                                    email: string;
                                    name: string;
                                }[];
                                subject: string;
                                /**
                                 * @description It came with HTML: `only` (its text was made from the HTML) or `alternative` (beside its own plain text). GET /api/messages/:id/html serves it, sanitised.
                                 * @enum {string}
                                 */
                                html?: "only" | "alternative";
                                /**
                                 * @description Its HTML names images on other servers, held back until asked for (?images=1).
                                 * @constant
                                 */
                                remoteImages?: true;
                            };
                        }[];
                        activity: {
                            /** @description Grows with time: a later step has a larger one. */
                            _id: string;
                            /** @enum {string} */
                            kind: "sign-in" | "sign-in.failed" | "person.joined" | "person.role" | "person.deactivated" | "person.reactivated" | "invitation.sent" | "invitation.withdrawn" | "channel.connected" | "channel.changed" | "channel.disabled" | "channel.enabled" | "channel.removed" | "token.created" | "token.revoked" | "conversation.deleted" | "assigned" | "unassigned" | "resolved" | "reopened" | "snoozed" | "woken" | "autopilot.on" | "autopilot.off" | "note.added" | "note.deleted";
                            /** @description Who did it; null for the contact, the autopilot or an automation. */
                            actor: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            /** @description The automation that did it (null if it was since deleted, or none did). */
                            automation: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                name: string;
                            } | null;
                            /** @description Whom it was done to: the person assigned or unassigned, a deleted note's writer. */
                            subject: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            /** @description snoozed: `until` (null: until the contact writes). */
                            detail: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                        }[];
                    };
                    "text/plain": string;
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resolveConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    isResolved: boolean;
                };
            };
        };
        responses: {
            /** @description Resolved or reopened. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            isResolved: boolean;
                            resolvedAt: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationId: string;
                };
            };
        };
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markConversationSeen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationId: string;
                };
            };
        };
        responses: {
            /** @description Marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    markConversationUnseen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationId: string;
                };
            };
        };
        responses: {
            /** @description Marked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bulkUpdateConversations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationIds: string[];
                    /** @enum {string} */
                    action: "assign" | "unassign" | "resolve" | "reopen" | "label" | "unlabel" | "snooze" | "unsnooze";
                    userIds?: string[];
                    labelIds?: string[];
                    snooze?: {
                        /** @description When it comes back: with an offset, or a wall-clock time in the organization's time zone. */
                        until?: string;
                        /**
                         * @description Later today (3 hours on), tomorrow 09:00, or next Monday 09:00, in the organization's time zone.
                         * @enum {string}
                         */
                        preset?: "later_today" | "tomorrow" | "next_week";
                        /**
                         * @description Until the contact writes.
                         * @constant
                         */
                        untilReply?: true;
                    };
                };
            };
        };
        responses: {
            /** @description They as they now are. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversations: components["schemas"]["Conversation"][];
                        message: string;
                        updated: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMessages: {
        parameters: {
            query: {
                conversationId: string;
                limit?: number | string;
                before?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: components["schemas"]["Message"][];
                        /** @description The id to pass as `before` for the older page; null or absent when there is none. */
                        nextCursor?: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationId: string;
                    limit?: number | string;
                    before?: string;
                };
            };
        };
        responses: {
            /** @description The messages. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: components["schemas"]["Message"][];
                        /** @description The id to pass as `before` for the older page; null or absent when there is none. */
                        nextCursor?: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendReply: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    body?: string;
                    /** @default [] */
                    attachments?: string[];
                    email?: {
                        to?: string[];
                        cc?: string[];
                        subject?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The reply (`Idempotent-Replayed: true` when it answers an earlier request's). */
            201: {
                headers: {
                    /** @description true when the Idempotency-Key was seen before */
                    "idempotent-replayed": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The channel's provider refused or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadReplyFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored, to attach to a reply. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Upload"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    copyCannedReplyFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    cannedReplyId: string;
                };
            };
        };
        responses: {
            /** @description The copies. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        uploads: components["schemas"]["Upload"][];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeReplyFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message as it now stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The channel's provider refused or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    writeNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @description Ids of the organization's active people the note mentions (each is told).
                     * @default []
                     */
                    mentions?: string[];
                };
            };
        };
        responses: {
            /** @description The note. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Message"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getActivity: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                limit?: number | string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the trail. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        activity: {
                            /** @description Grows with time: a later step has a larger one. */
                            _id: string;
                            /** @enum {string} */
                            kind: "sign-in" | "sign-in.failed" | "person.joined" | "person.role" | "person.deactivated" | "person.reactivated" | "invitation.sent" | "invitation.withdrawn" | "channel.connected" | "channel.changed" | "channel.disabled" | "channel.enabled" | "channel.removed" | "token.created" | "token.revoked" | "conversation.deleted" | "assigned" | "unassigned" | "resolved" | "reopened" | "snoozed" | "woken" | "autopilot.on" | "autopilot.off" | "note.added" | "note.deleted";
                            /** @description Who did it; null for the contact, the autopilot or an automation. */
                            actor: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            /** @description The automation that did it (null if it was since deleted, or none did). */
                            automation: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                name: string;
                            } | null;
                            /** @description Whom it was done to: the person assigned or unassigned, a deleted note's writer. */
                            subject: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            /** @description snoozed: `until` (null: until the contact writes). */
                            detail: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                        }[];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMentions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of mentions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        mentions: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            conversationId: string;
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            messageId: string;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            readAt: string | null;
                            /** @description Who wrote the note. */
                            author: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            contact: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            };
                            /** @enum {string} */
                            channelType: "sms" | "facebook" | "webchat" | "email";
                            /** @description The note's first 280 characters. */
                            excerpt: string;
                        }[];
                        nextCursor: string | null;
                        /** @description How many of the person's mentions are unread. */
                        unread: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    readMentions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Only this conversation's; without it, all. */
                    conversationId?: string;
                };
            };
        };
        responses: {
            /** @description How many stay unread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unread: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft, or null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            body: string;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    editor?: string;
                    revision?: number | string;
                };
            };
        };
        responses: {
            /** @description The draft as it now is. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            body: string;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            body: string;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                        } | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    announcePresence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "joined" | "viewing" | "typing" | "left";
                };
            };
        };
        responses: {
            /** @description Announced. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    liveEvents: {
        parameters: {
            query?: {
                lastEventId?: string;
            };
            header?: {
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInbox: {
        parameters: {
            query?: {
                view?: "mine" | "unassigned" | "all";
                status?: "open" | "snoozed" | "resolved";
                channel?: "sms" | "facebook" | "webchat" | "email";
                unseen?: "0" | "1" | "true" | "false";
                stalled?: "0" | "1" | "true" | "false";
                q?: string;
                assignee?: string;
                labels?: string;
                /** @description waiting: only conversations whose contact waits for an answer, longest first. */
                sort?: "newest" | "waiting";
                ids?: string;
                cursor?: string;
                limit?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        conversations: components["schemas"]["InboxRow"][];
                        /** @description Pass as `cursor` for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    countInbox: {
        parameters: {
            query?: {
                status?: "open" | "snoozed" | "resolved";
                channel?: "sms" | "facebook" | "webchat" | "email";
                unseen?: "0" | "1" | "true" | "false";
                stalled?: "0" | "1" | "true" | "false";
                q?: string;
                assignee?: string;
                labels?: string;
                /** @description waiting: only conversations whose contact waits for an answer, longest first. */
                sort?: "newest" | "waiting";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts up to `cap` (a count equal to it means that many or more). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            mine: number;
                            unassigned: number;
                            all: number;
                        };
                        cap: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listContacts: {
        parameters: {
            query?: {
                q?: string;
                cursor?: string;
                limit?: number | string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        contacts: components["schemas"]["Contact"][];
                        /** @description Pass as `cursor` for the next page; null at the end. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With `conversationCounts`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Contact"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attributes: {
                        [key: string]: (string | number | boolean) | null;
                    };
                };
            };
        };
        responses: {
            /** @description The contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Contact"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startEmailConversation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    connectionId?: string;
                };
            };
        };
        responses: {
            /** @description The draft conversation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Conversation"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmailHtml: {
        parameters: {
            query?: {
                images?: "0" | "1";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        users: components["schemas"]["User"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditLog: {
        parameters: {
            query?: {
                /** @description Only one group of steps; without it, all. */
                group?: "sign-ins" | "people" | "channels" | "tokens" | "conversations";
                /** @description Only what this person did. */
                actor?: string;
                /** @description From this day (the organization's time zone). */
                from?: string;
                /** @description To this day, included. */
                to?: string;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
                limit?: number | string;
                /** @description csv: every step that matches, as a download. */
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        entries: {
                            /** @description Grows with time: a later step has a larger one. */
                            _id: string;
                            /** @enum {string} */
                            kind: "sign-in" | "sign-in.failed" | "person.joined" | "person.role" | "person.deactivated" | "person.reactivated" | "invitation.sent" | "invitation.withdrawn" | "channel.connected" | "channel.changed" | "channel.disabled" | "channel.enabled" | "channel.removed" | "token.created" | "token.revoked" | "conversation.deleted" | "assigned" | "unassigned" | "resolved" | "reopened" | "snoozed" | "woken" | "autopilot.on" | "autopilot.off" | "note.added" | "note.deleted";
                            /** @description Who did it; null for the contact, the autopilot or an automation. */
                            actor: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            /** @description The automation that did it (null if it was since deleted, or none did). */
                            automation: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                name: string;
                            } | null;
                            /** @description Whom it was done to: the person assigned or unassigned, a deleted note's writer. */
                            subject: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                fullName: string;
                            } | null;
                            /** @description snoozed: `until` (null: until the contact writes). */
                            detail: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            /** @description The conversation it happened in, if any (it may be gone). */
                            conversationId: string | null;
                        }[];
                        nextCursor: string | null;
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fullName: string;
                };
            };
        };
        responses: {
            /** @description You. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                            email: string;
                            /** @enum {string} */
                            role: "ADMIN" | "MANAGER" | "AGENT";
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            email: string;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        people: components["schemas"]["Person"][];
                        invitations: components["schemas"]["Invitation"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    role?: "ADMIN" | "MANAGER" | "AGENT";
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Person"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    makeResetLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link, shown this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        link: string;
                        expiresInMinutes: number;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "ADMIN" | "MANAGER" | "AGENT";
                };
            };
        };
        responses: {
            /** @description Invited. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"];
                        link: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendInvitationAgain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Invitation"];
                        link: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    fullName: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description The new account. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            email: string;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A link that was used, withdrawn or expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    timeZone?: string;
                    autopilotStalledMinutes?: number;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Organization"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                };
            };
        };
        responses: {
            /** @description A link is on its way if the account exists. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completePasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Set; every session of that person ends. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            email: string;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A link that was used, withdrawn or expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    organizationName: string;
                    fullName: string;
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            organization: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                name: string;
                            };
                            admin: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                email: string;
                            };
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Never the tokens themselves. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        tokens: components["schemas"]["ApiToken"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                };
            };
        };
        responses: {
            /** @description `token` is shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        data: components["schemas"]["ApiToken"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    generateReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationId: string;
                    processId?: string;
                    mergeContextPrompt?: string;
                };
            };
        };
        responses: {
            /** @description The reply it would send. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            reply: string | null;
                            fieldsExtracted: {
                                [key: string]: string | number | boolean;
                            };
                            handoff: string | null;
                            actions: string[];
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The channel's provider refused or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getModelProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It, or null. Never the API key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            baseUrl: string;
                            model: string;
                            hasApiKey: boolean;
                            dailyTokenBudget: number | null;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                        } | null;
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveModelProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    baseUrl: string;
                    model: string;
                    apiKey?: string | null;
                    dailyTokenBudget?: number | null;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            baseUrl: string;
                            model: string;
                            hasApiKey: boolean;
                            dailyTokenBudget: number | null;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeModelProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testModelProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How it answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            ok: boolean;
                            model: string;
                            latencyMs: number;
                            toolCalling: boolean;
                            message: string;
                        };
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listModelCalls: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The newest 50 and today's tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            calls: {
                                /**
                                 * @description An id: 24 lowercase hexadecimal digits.
                                 * @example 665f1c0a0000000000000101
                                 */
                                _id: string;
                                conversationId: string | null;
                                purpose: string;
                                model: string;
                                tokensIn: number;
                                tokensOut: number;
                                latencyMs: number;
                                outcome: string;
                                error: string | null;
                                /**
                                 * Format: date-time
                                 * @description UTC, with milliseconds.
                                 * @example 2026-01-15T12:30:00.000Z
                                 */
                                createdAt: string;
                            }[];
                            tokensToday: number;
                        };
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProcesses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description By name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        processes: components["schemas"]["Process"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProcess: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    instructions: string;
                    model?: string | null;
                    fields?: {
                        name: string;
                        /** @enum {string} */
                        type: "text" | "number" | "boolean" | "date";
                        /** @default  */
                        description?: string;
                    }[];
                    actions?: ("reply" | "extract" | "handoff" | "resolve")[];
                    replyDelaySeconds?: number;
                    handoffKeywords?: string[];
                    maxTurns?: number;
                    handoffUserId?: string | null;
                    activeHours?: {
                        /** @enum {string} */
                        mode: "inside" | "outside";
                        hours: {
                            mon: [
                                string,
                                string
                            ] | null;
                            tue: [
                                string,
                                string
                            ] | null;
                            wed: [
                                string,
                                string
                            ] | null;
                            thu: [
                                string,
                                string
                            ] | null;
                            fri: [
                                string,
                                string
                            ] | null;
                            sat: [
                                string,
                                string
                            ] | null;
                            sun: [
                                string,
                                string
                            ] | null;
                        };
                    } | null;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Process"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Process"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProcess: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    instructions?: string;
                    model?: string | null;
                    fields?: {
                        name: string;
                        /** @enum {string} */
                        type: "text" | "number" | "boolean" | "date";
                        /** @default  */
                        description?: string;
                    }[];
                    actions?: ("reply" | "extract" | "handoff" | "resolve")[];
                    replyDelaySeconds?: number;
                    handoffKeywords?: string[];
                    maxTurns?: number;
                    handoffUserId?: string | null;
                    activeHours?: {
                        /** @enum {string} */
                        mode: "inside" | "outside";
                        hours: {
                            mon: [
                                string,
                                string
                            ] | null;
                            tue: [
                                string,
                                string
                            ] | null;
                            wed: [
                                string,
                                string
                            ] | null;
                            thu: [
                                string,
                                string
                            ] | null;
                            fri: [
                                string,
                                string
                            ] | null;
                            sat: [
                                string,
                                string
                            ] | null;
                            sun: [
                                string,
                                string
                            ] | null;
                        };
                    } | null;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Process"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLeadSources: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        leadSources: components["schemas"]["LeadSource"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createLeadSource: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    processId?: string | null;
                    isAutopilot?: boolean;
                    starterMessage: string;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LeadSource"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLeadSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateLeadSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    processId?: string | null;
                    isAutopilot?: boolean;
                    starterMessage?: string;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LeadSource"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    takeLead: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    configurationId: string;
                    phoneNumber: string;
                    firstName?: string;
                    lastName?: string;
                    /** Format: email */
                    email?: string;
                    idempotencyKey?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description The same lead again (its Idempotency-Key was seen). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            conversationId: string;
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            contactId: string;
                            replayed: boolean;
                        };
                    };
                };
            };
            /** @description Its new conversation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            conversationId: string;
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            contactId: string;
                            replayed: boolean;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A link that was used, withdrawn or expired. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAutomations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        automations: components["schemas"]["Automation"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @default true */
                    enabled?: boolean;
                    /** @enum {string} */
                    event: "message.received" | "message.sent" | "conversation.created" | "conversation.assigned" | "conversation.resolved" | "conversation.reopened" | "time.no_reply_from_us" | "time.no_reply_from_contact";
                    delaySeconds?: number | null;
                    /**
                     * @default all
                     * @enum {string}
                     */
                    match?: "all" | "any";
                    /** @default [] */
                    conditions?: ({
                        /** @constant */
                        field: "channel";
                        /** @enum {string} */
                        operator: "is" | "is_not";
                        value: ("sms" | "facebook" | "webchat" | "email")[];
                    } | ({
                        /** @constant */
                        field: "text";
                        /** @enum {string} */
                        operator: "contains" | "not_contains";
                        value: string;
                    } | {
                        /** @constant */
                        field: "text";
                        /** @constant */
                        operator: "matches";
                        value: string;
                    }) | {
                        /** @constant */
                        field: "attribute";
                        name: string;
                        /** @enum {string} */
                        operator: "is" | "is_not" | "contains" | "is_set" | "is_not_set";
                        /** @default  */
                        value?: string;
                    } | ({
                        /** @constant */
                        field: "assignee";
                        /** @constant */
                        operator: "none";
                    } | {
                        /** @constant */
                        field: "assignee";
                        /** @enum {string} */
                        operator: "is" | "is_not";
                        userId: string;
                    }) | {
                        /** @constant */
                        field: "autopilot";
                        /** @enum {string} */
                        operator: "on" | "off";
                    } | {
                        /** @constant */
                        field: "label";
                        /** @enum {string} */
                        operator: "has" | "has_not";
                        labelId: string;
                    } | {
                        /** @constant */
                        field: "business_hours";
                        /** @enum {string} */
                        operator: "inside" | "outside";
                        hours: {
                            mon: [
                                string,
                                string
                            ] | null;
                            tue: [
                                string,
                                string
                            ] | null;
                            wed: [
                                string,
                                string
                            ] | null;
                            thu: [
                                string,
                                string
                            ] | null;
                            fri: [
                                string,
                                string
                            ] | null;
                            sat: [
                                string,
                                string
                            ] | null;
                            sun: [
                                string,
                                string
                            ] | null;
                        };
                    })[];
                    actions: (({
                        /** @constant */
                        type: "assign";
                        /** @constant */
                        mode: "person";
                        userId: string;
                    } | {
                        /** @constant */
                        type: "assign";
                        /** @enum {string} */
                        mode: "round_robin" | "least_busy";
                        /** @default [] */
                        userIds?: string[];
                    }) | {
                        /** @constant */
                        type: "reply";
                        template: string;
                    } | {
                        /** @constant */
                        type: "resolve";
                    } | {
                        /** @constant */
                        type: "label";
                        labelId: string;
                    } | {
                        /** @constant */
                        type: "autopilot_on";
                        processId: string;
                    } | {
                        /** @constant */
                        type: "autopilot_off";
                    } | {
                        /** @constant */
                        type: "extract";
                        fields: {
                            name: string;
                            /** @enum {string} */
                            type: "text" | "number" | "boolean" | "date";
                            /** @default  */
                            description?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "webhook";
                        url: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedAutomation"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @default true */
                    enabled?: boolean;
                    /** @enum {string} */
                    event?: "message.received" | "message.sent" | "conversation.created" | "conversation.assigned" | "conversation.resolved" | "conversation.reopened" | "time.no_reply_from_us" | "time.no_reply_from_contact";
                    delaySeconds?: number | null;
                    /**
                     * @default all
                     * @enum {string}
                     */
                    match?: "all" | "any";
                    /** @default [] */
                    conditions?: ({
                        /** @constant */
                        field: "channel";
                        /** @enum {string} */
                        operator: "is" | "is_not";
                        value: ("sms" | "facebook" | "webchat" | "email")[];
                    } | ({
                        /** @constant */
                        field: "text";
                        /** @enum {string} */
                        operator: "contains" | "not_contains";
                        value: string;
                    } | {
                        /** @constant */
                        field: "text";
                        /** @constant */
                        operator: "matches";
                        value: string;
                    }) | {
                        /** @constant */
                        field: "attribute";
                        name: string;
                        /** @enum {string} */
                        operator: "is" | "is_not" | "contains" | "is_set" | "is_not_set";
                        /** @default  */
                        value?: string;
                    } | ({
                        /** @constant */
                        field: "assignee";
                        /** @constant */
                        operator: "none";
                    } | {
                        /** @constant */
                        field: "assignee";
                        /** @enum {string} */
                        operator: "is" | "is_not";
                        userId: string;
                    }) | {
                        /** @constant */
                        field: "autopilot";
                        /** @enum {string} */
                        operator: "on" | "off";
                    } | {
                        /** @constant */
                        field: "label";
                        /** @enum {string} */
                        operator: "has" | "has_not";
                        labelId: string;
                    } | {
                        /** @constant */
                        field: "business_hours";
                        /** @enum {string} */
                        operator: "inside" | "outside";
                        hours: {
                            mon: [
                                string,
                                string
                            ] | null;
                            tue: [
                                string,
                                string
                            ] | null;
                            wed: [
                                string,
                                string
                            ] | null;
                            thu: [
                                string,
                                string
                            ] | null;
                            fri: [
                                string,
                                string
                            ] | null;
                            sat: [
                                string,
                                string
                            ] | null;
                            sun: [
                                string,
                                string
                            ] | null;
                        };
                    })[];
                    actions?: (({
                        /** @constant */
                        type: "assign";
                        /** @constant */
                        mode: "person";
                        userId: string;
                    } | {
                        /** @constant */
                        type: "assign";
                        /** @enum {string} */
                        mode: "round_robin" | "least_busy";
                        /** @default [] */
                        userIds?: string[];
                    }) | {
                        /** @constant */
                        type: "reply";
                        template: string;
                    } | {
                        /** @constant */
                        type: "resolve";
                    } | {
                        /** @constant */
                        type: "label";
                        labelId: string;
                    } | {
                        /** @constant */
                        type: "autopilot_on";
                        processId: string;
                    } | {
                        /** @constant */
                        type: "autopilot_off";
                    } | {
                        /** @constant */
                        type: "extract";
                        fields: {
                            name: string;
                            /** @enum {string} */
                            type: "text" | "number" | "boolean" | "date";
                            /** @default  */
                            description?: string;
                        }[];
                    } | {
                        /** @constant */
                        type: "webhook";
                        url: string;
                    })[];
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedAutomation"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAutomationRuns: {
        parameters: {
            query?: {
                before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        runs: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            conversationId: string | null;
                            contactName: string | null;
                            /** @enum {string} */
                            outcome: "fired" | "limited" | "failed";
                            actions: string[];
                            detail: string | null;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateAutomationSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It, with the secret this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedAutomation"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tryAutomation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    conversationId: string;
                    rule: {
                        name?: string;
                        /** @default true */
                        enabled?: boolean;
                        /** @enum {string} */
                        event: "message.received" | "message.sent" | "conversation.created" | "conversation.assigned" | "conversation.resolved" | "conversation.reopened" | "time.no_reply_from_us" | "time.no_reply_from_contact";
                        delaySeconds?: number | null;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        match?: "all" | "any";
                        /** @default [] */
                        conditions?: ({
                            /** @constant */
                            field: "channel";
                            /** @enum {string} */
                            operator: "is" | "is_not";
                            value: ("sms" | "facebook" | "webchat" | "email")[];
                        } | ({
                            /** @constant */
                            field: "text";
                            /** @enum {string} */
                            operator: "contains" | "not_contains";
                            value: string;
                        } | {
                            /** @constant */
                            field: "text";
                            /** @constant */
                            operator: "matches";
                            value: string;
                        }) | {
                            /** @constant */
                            field: "attribute";
                            name: string;
                            /** @enum {string} */
                            operator: "is" | "is_not" | "contains" | "is_set" | "is_not_set";
                            /** @default  */
                            value?: string;
                        } | ({
                            /** @constant */
                            field: "assignee";
                            /** @constant */
                            operator: "none";
                        } | {
                            /** @constant */
                            field: "assignee";
                            /** @enum {string} */
                            operator: "is" | "is_not";
                            userId: string;
                        }) | {
                            /** @constant */
                            field: "autopilot";
                            /** @enum {string} */
                            operator: "on" | "off";
                        } | {
                            /** @constant */
                            field: "label";
                            /** @enum {string} */
                            operator: "has" | "has_not";
                            labelId: string;
                        } | {
                            /** @constant */
                            field: "business_hours";
                            /** @enum {string} */
                            operator: "inside" | "outside";
                            hours: {
                                mon: [
                                    string,
                                    string
                                ] | null;
                                tue: [
                                    string,
                                    string
                                ] | null;
                                wed: [
                                    string,
                                    string
                                ] | null;
                                thu: [
                                    string,
                                    string
                                ] | null;
                                fri: [
                                    string,
                                    string
                                ] | null;
                                sat: [
                                    string,
                                    string
                                ] | null;
                                sun: [
                                    string,
                                    string
                                ] | null;
                            };
                        })[];
                        actions: (({
                            /** @constant */
                            type: "assign";
                            /** @constant */
                            mode: "person";
                            userId: string;
                        } | {
                            /** @constant */
                            type: "assign";
                            /** @enum {string} */
                            mode: "round_robin" | "least_busy";
                            /** @default [] */
                            userIds?: string[];
                        }) | {
                            /** @constant */
                            type: "reply";
                            template: string;
                        } | {
                            /** @constant */
                            type: "resolve";
                        } | {
                            /** @constant */
                            type: "label";
                            labelId: string;
                        } | {
                            /** @constant */
                            type: "autopilot_on";
                            processId: string;
                        } | {
                            /** @constant */
                            type: "autopilot_off";
                        } | {
                            /** @constant */
                            type: "extract";
                            fields: {
                                name: string;
                                /** @enum {string} */
                                type: "text" | "number" | "boolean" | "date";
                                /** @default  */
                                description?: string;
                            }[];
                        } | {
                            /** @constant */
                            type: "webhook";
                            url: string;
                        })[];
                    };
                };
            };
        };
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            matched: boolean;
                            summary: string;
                            conditions: {
                                description: string;
                                met: boolean;
                            }[];
                            actions: string[];
                            note: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCannedReplies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cannedReplies: components["schemas"]["CannedReply"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shortcut: string;
                    body: string;
                    /** @enum {string} */
                    scope: "organization" | "personal";
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CannedReply"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCannedReply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    shortcut?: string;
                    body?: string;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CannedReply"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    countCannedReplyUse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addCannedReplyFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description The reply with its files. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CannedReply"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeCannedReplyFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reply with its files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CannedReply"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listChannelConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        channels: components["schemas"]["ChannelConnection"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    connectChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    provider: "twilio" | "messenger" | "webchat" | "imap";
                    name: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Connected. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChannelConnection"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The channel's provider refused or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    enabled?: boolean;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ChannelConnection"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The channel's provider refused or failed. */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    testChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How it went. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        message: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    connectedChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Channel types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        connected: ("sms" | "facebook" | "webchat" | "email")[];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveInboundMessage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channelType: "sms" | "facebook" | "webchat" | "email";
                    from: string;
                    /** @default  */
                    body?: string;
                    contactName?: string;
                    subject?: string;
                    /** @default [] */
                    attachments?: {
                        url: string;
                        name?: string;
                        contentType?: string;
                        size?: number;
                    }[];
                };
            };
        };
        responses: {
            /** @description Stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            conversationId: string;
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            messageId: string;
                            contactId: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        endpoints: components["schemas"]["WebhookEndpoint"][];
                    };
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url: string;
                    /** @default  */
                    description?: string;
                    /** @default [] */
                    events?: ("conversation.created" | "conversation.updated" | "conversation.resolved" | "conversation.deleted" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "automation.fired")[];
                    /** @default true */
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description It, with its secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            url: string;
                            description: string;
                            events: ("conversation.created" | "conversation.updated" | "conversation.resolved" | "conversation.deleted" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "automation.fired")[];
                            enabled: boolean;
                            disabledReason: string | null;
                            failingSince: string | null;
                            previousSecretUntil: string | null;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                        };
                        secret: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    url?: string;
                    description?: string;
                    /** @default [] */
                    events?: ("conversation.created" | "conversation.updated" | "conversation.resolved" | "conversation.deleted" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "automation.fired")[];
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description It. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    rotateWebhookEndpointSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It, with the new secret this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            url: string;
                            description: string;
                            events: ("conversation.created" | "conversation.updated" | "conversation.resolved" | "conversation.deleted" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "automation.fired")[];
                            enabled: boolean;
                            disabledReason: string | null;
                            failingSince: string | null;
                            previousSecretUntil: string | null;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            updatedAt: string;
                        };
                        secret: string;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                before?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deliveries: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            webhookId: string;
                            /** @enum {string} */
                            type: "conversation.created" | "conversation.updated" | "conversation.resolved" | "conversation.deleted" | "message.created" | "message.updated" | "contact.created" | "contact.updated" | "automation.fired";
                            /** @enum {string} */
                            status: "pending" | "delivered" | "failed";
                            attempts: number;
                            nextAttemptAt: string | null;
                            deliveredAt: string | null;
                            /**
                             * Format: date-time
                             * @description UTC, with milliseconds.
                             * @example 2026-01-15T12:30:00.000Z
                             */
                            createdAt: string;
                            tries: {
                                statusCode: number | null;
                                latencyMs: number;
                                answer: string;
                                error: string | null;
                                replay: boolean;
                                /**
                                 * Format: date-time
                                 * @description UTC, with milliseconds.
                                 * @example 2026-01-15T12:30:00.000Z
                                 */
                                createdAt: string;
                            }[];
                        }[];
                        next: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replayWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    twilioMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connection's webhook key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What Twilio SMS expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Taken; nothing to answer. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    twilioStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connection's webhook key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What Twilio SMS expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Taken; nothing to answer. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    messengerCallbackVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connection's webhook key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What Facebook Messenger expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Taken; nothing to answer. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    messengerCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The connection's webhook key. */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What Facebook Messenger expects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Taken; nothing to answer. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSentMedia: {
        parameters: {
            query: {
                expires: string;
                signature: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its settings, and whether someone answers now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        greeting: string;
                        accentColor: string;
                        askForContact: boolean;
                        open: boolean;
                        offlineMessage: string;
                        requireIdentity: boolean;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token?: string;
                    identity?: string;
                };
            };
        };
        responses: {
            /** @description The visitor's token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        visitor: {
                            identified: boolean;
                            name: string | null;
                            email: string | null;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetMessages: {
        parameters: {
            query?: {
                before?: string;
                after?: string;
                limit?: number | string;
            };
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        messages: components["schemas"]["VisitorMessage"][];
                        hasMore: boolean;
                        seenUntil: string | null;
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetSendMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default  */
                    body?: string;
                    clientId: string;
                    /** @default [] */
                    attachments?: string[];
                    context?: {
                        url?: string;
                        title?: string;
                    };
                    contact?: {
                        name?: string;
                        email?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The message. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["VisitorMessage"];
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description It conflicts with the current state (a version, a unique name); read again and retry. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            /** @description Stored, to attach to a message. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            id: string;
                            name: string;
                            contentType: string;
                            size: number;
                        };
                    };
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is larger than this endpoint takes. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A browser session's write must be sent as application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetReadUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image's bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Noted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Done"];
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    widgetEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The widget's public id (its snippet names it). */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not the caller's to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not available now (shutting down, or a server key is not configured); Retry-After when known. */
            503: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ok";
                    };
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "ready";
                    };
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        status: "unavailable";
                    };
                };
            };
        };
    };
    openApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OpenAPI 3.1. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query: {
                /** @description First day, in the organization's time zone. */
                from: string;
                /** @description Last day, included. */
                to: string;
                by?: "day" | "channel" | "agent" | "label";
                format?: "json" | "csv";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Report"];
                    };
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportConversations: {
        parameters: {
            query: {
                /** @description First day, in the organization's time zone. */
                from: string;
                /** @description Last day, included. */
                to: string;
                channel?: "sms" | "facebook" | "webchat" | "email";
                /** @description Only those assigned to this person. */
                agent?: string;
                /** @description Only those with this label. */
                label?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversations, as CSV. */
            200: {
                headers: {
                    /** @description attachment; filename="conversations-<from>-to-<to>.csv" */
                    "content-disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is not valid: `errors` names each field and what is wrong with it. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No valid credentials. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The caller's role may not do this, or a browser session's write came from another site. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests: wait for Retry-After seconds. */
            429: {
                headers: {
                    /** @description Seconds to wait. */
                    "retry-after": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Something failed on our side; `requestId` names it in our logs. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "webhook.conversation.created": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "conversation.created";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        organizationId: string;
                        /** @description The owner. */
                        userId: string | null;
                        /** @description In the order they were assigned. */
                        assignees: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                            email: string;
                        }[];
                        /** @enum {string} */
                        channelType: "sms" | "facebook" | "webchat" | "email";
                        /** @description The contact's address on that channel. */
                        channelIdentifier: string;
                        latestMessage: string | null;
                        /**
                         * Format: date-time
                         * @description Newest activity.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        lastMessageTime: string;
                        isResolved: boolean;
                        resolvedAt: string | null;
                        subject: string | null;
                        provider: string | null;
                        emailAccountId: string | null;
                        /** @description Email: the people copied on the thread besides the contact; null elsewhere. */
                        participants: {
                            email: string;
                            name: string;
                        }[] | null;
                        isDraft: boolean;
                        messageCount: number;
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        contactId: string;
                        /** @description The process the AI follows in it. */
                        process: string | null;
                        /** @description The AI answers on its own. */
                        isAutopilot: boolean;
                        source: string | null;
                        leadSource: string | null;
                        /** @description Unseen for you: you marked it unseen, or a message came in since you last opened it. */
                        isUpdated: boolean;
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Grows with every change, in commit order: of two copies, the later is newer.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        updatedAt: string;
                        /** @description The version: grows by one on each change of assignees, resolution, process or autopilot. */
                        __v: number;
                        resolvedBy?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        };
                        visitor?: {
                            url?: string;
                            title?: string;
                            browser?: string;
                        };
                        /** @description Ours: its labels, by name; only when it has any. */
                        labels?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            name: string;
                            color: string;
                        }[];
                        /** @description Ours: only while it is snoozed. */
                        snooze?: {
                            /** @description When it comes back; null: when the contact writes. */
                            until: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.conversation.updated": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "conversation.updated";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        organizationId: string;
                        /** @description The owner. */
                        userId: string | null;
                        /** @description In the order they were assigned. */
                        assignees: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                            email: string;
                        }[];
                        /** @enum {string} */
                        channelType: "sms" | "facebook" | "webchat" | "email";
                        /** @description The contact's address on that channel. */
                        channelIdentifier: string;
                        latestMessage: string | null;
                        /**
                         * Format: date-time
                         * @description Newest activity.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        lastMessageTime: string;
                        isResolved: boolean;
                        resolvedAt: string | null;
                        subject: string | null;
                        provider: string | null;
                        emailAccountId: string | null;
                        /** @description Email: the people copied on the thread besides the contact; null elsewhere. */
                        participants: {
                            email: string;
                            name: string;
                        }[] | null;
                        isDraft: boolean;
                        messageCount: number;
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        contactId: string;
                        /** @description The process the AI follows in it. */
                        process: string | null;
                        /** @description The AI answers on its own. */
                        isAutopilot: boolean;
                        source: string | null;
                        leadSource: string | null;
                        /** @description Unseen for you: you marked it unseen, or a message came in since you last opened it. */
                        isUpdated: boolean;
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Grows with every change, in commit order: of two copies, the later is newer.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        updatedAt: string;
                        /** @description The version: grows by one on each change of assignees, resolution, process or autopilot. */
                        __v: number;
                        resolvedBy?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        };
                        visitor?: {
                            url?: string;
                            title?: string;
                            browser?: string;
                        };
                        /** @description Ours: its labels, by name; only when it has any. */
                        labels?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            name: string;
                            color: string;
                        }[];
                        /** @description Ours: only while it is snoozed. */
                        snooze?: {
                            /** @description When it comes back; null: when the contact writes. */
                            until: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.conversation.resolved": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "conversation.resolved";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        organizationId: string;
                        /** @description The owner. */
                        userId: string | null;
                        /** @description In the order they were assigned. */
                        assignees: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                            email: string;
                        }[];
                        /** @enum {string} */
                        channelType: "sms" | "facebook" | "webchat" | "email";
                        /** @description The contact's address on that channel. */
                        channelIdentifier: string;
                        latestMessage: string | null;
                        /**
                         * Format: date-time
                         * @description Newest activity.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        lastMessageTime: string;
                        isResolved: boolean;
                        resolvedAt: string | null;
                        subject: string | null;
                        provider: string | null;
                        emailAccountId: string | null;
                        /** @description Email: the people copied on the thread besides the contact; null elsewhere. */
                        participants: {
                            email: string;
                            name: string;
                        }[] | null;
                        isDraft: boolean;
                        messageCount: number;
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        contactId: string;
                        /** @description The process the AI follows in it. */
                        process: string | null;
                        /** @description The AI answers on its own. */
                        isAutopilot: boolean;
                        source: string | null;
                        leadSource: string | null;
                        /** @description Unseen for you: you marked it unseen, or a message came in since you last opened it. */
                        isUpdated: boolean;
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        createdAt: string;
                        /**
                         * Format: date-time
                         * @description Grows with every change, in commit order: of two copies, the later is newer.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        updatedAt: string;
                        /** @description The version: grows by one on each change of assignees, resolution, process or autopilot. */
                        __v: number;
                        resolvedBy?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        };
                        visitor?: {
                            url?: string;
                            title?: string;
                            browser?: string;
                        };
                        /** @description Ours: its labels, by name; only when it has any. */
                        labels?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            name: string;
                            color: string;
                        }[];
                        /** @description Ours: only while it is snoozed. */
                        snooze?: {
                            /** @description When it comes back; null: when the contact writes. */
                            until: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.conversation.deleted": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "conversation.deleted";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.message.created": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "message.created";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                        isIncoming: boolean;
                        body: string;
                        /** @enum {string} */
                        channelType: "sms" | "facebook" | "webchat" | "email";
                        channelIdentifier: string;
                        /** @enum {string} */
                        status: "queued" | "sent" | "delivered" | "read" | "failed" | "received";
                        /**
                         * @description SYSTEM: an automation's stamp (systemStamp says which fired and what it did).
                         * @enum {string}
                         */
                        senderType: "CONTACT" | "USER" | "AI" | "SYSTEM";
                        /** @description The person who sent it. */
                        userId: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        } | null;
                        contactId: string | null;
                        attachments: unknown[];
                        /** @description One automation firing: its name, the fields it extracted, the actions it took. */
                        systemStamp: {
                            type?: string;
                            automationName?: string;
                            fieldsExtracted: string[];
                            actions: string[];
                        };
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        createdAt: string;
                        /** @description Ours: why the provider refused it (failed only). */
                        failureReason?: string;
                        /**
                         * @description Ours: no provider was connected; it was recorded, delivered nowhere.
                         * @constant
                         */
                        recordedOnly?: true;
                        /**
                         * @description Ours: a private note, seen only by the organization's people; never sent to the contact.
                         * @constant
                         */
                        private?: true;
                        /** @description Ours, on notes only: the people the note mentions. */
                        mentions?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        }[];
                        /**
                         * @description Ours: the contact's automatic message (an out-of-office reply); it reopened nothing.
                         * @constant
                         */
                        automatic?: true;
                        /**
                         * @description Ours, on received emails only: how it joined its conversation (our Message-ID in its headers, the conversation's [#reference], the same contact's or a participant's open subject, or a new thread).
                         * @enum {string}
                         */
                        threadedBy?: "references" | "token" | "subject" | "new";
                        /** @description Ours, on email messages only: its addresses and subject. */
                        email?: {
                            /** @description Who sent it (a received email). */
                            from?: {
                                email: string;
                                name: string;
                            };
                            to: {
                                email: string;
                                name: string;
                            }[];
                            cc: {
                                email: string;
                                name: string;
                            }[];
                            subject: string;
                            /**
                             * @description It came with HTML: `only` (its text was made from the HTML) or `alternative` (beside its own plain text). GET /api/messages/:id/html serves it, sanitised.
                             * @enum {string}
                             */
                            html?: "only" | "alternative";
                            /**
                             * @description Its HTML names images on other servers, held back until asked for (?images=1).
                             * @constant
                             */
                            remoteImages?: true;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.message.updated": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "message.updated";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                        isIncoming: boolean;
                        body: string;
                        /** @enum {string} */
                        channelType: "sms" | "facebook" | "webchat" | "email";
                        channelIdentifier: string;
                        /** @enum {string} */
                        status: "queued" | "sent" | "delivered" | "read" | "failed" | "received";
                        /**
                         * @description SYSTEM: an automation's stamp (systemStamp says which fired and what it did).
                         * @enum {string}
                         */
                        senderType: "CONTACT" | "USER" | "AI" | "SYSTEM";
                        /** @description The person who sent it. */
                        userId: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        } | null;
                        contactId: string | null;
                        attachments: unknown[];
                        /** @description One automation firing: its name, the fields it extracted, the actions it took. */
                        systemStamp: {
                            type?: string;
                            automationName?: string;
                            fieldsExtracted: string[];
                            actions: string[];
                        };
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        createdAt: string;
                        /** @description Ours: why the provider refused it (failed only). */
                        failureReason?: string;
                        /**
                         * @description Ours: no provider was connected; it was recorded, delivered nowhere.
                         * @constant
                         */
                        recordedOnly?: true;
                        /**
                         * @description Ours: a private note, seen only by the organization's people; never sent to the contact.
                         * @constant
                         */
                        private?: true;
                        /** @description Ours, on notes only: the people the note mentions. */
                        mentions?: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            fullName: string;
                        }[];
                        /**
                         * @description Ours: the contact's automatic message (an out-of-office reply); it reopened nothing.
                         * @constant
                         */
                        automatic?: true;
                        /**
                         * @description Ours, on received emails only: how it joined its conversation (our Message-ID in its headers, the conversation's [#reference], the same contact's or a participant's open subject, or a new thread).
                         * @enum {string}
                         */
                        threadedBy?: "references" | "token" | "subject" | "new";
                        /** @description Ours, on email messages only: its addresses and subject. */
                        email?: {
                            /** @description Who sent it (a received email). */
                            from?: {
                                email: string;
                                name: string;
                            };
                            to: {
                                email: string;
                                name: string;
                            }[];
                            cc: {
                                email: string;
                                name: string;
                            }[];
                            subject: string;
                            /**
                             * @description It came with HTML: `only` (its text was made from the HTML) or `alternative` (beside its own plain text). GET /api/messages/:id/html serves it, sanitised.
                             * @enum {string}
                             */
                            html?: "only" | "alternative";
                            /**
                             * @description Its HTML names images on other servers, held back until asked for (?images=1).
                             * @constant
                             */
                            remoteImages?: true;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.contact.created": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "contact.created";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                        fullName: string;
                        phone: string | null;
                        email: string | null;
                        facebookId: string | null;
                        attributes: {
                            [key: string]: string | number | boolean;
                        };
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        createdAt: string;
                        conversationCounts?: {
                            [key: string]: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.contact.updated": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "contact.updated";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        /**
                         * @description An id: 24 lowercase hexadecimal digits.
                         * @example 665f1c0a0000000000000101
                         */
                        _id: string;
                        fullName: string;
                        phone: string | null;
                        email: string | null;
                        facebookId: string | null;
                        attributes: {
                            [key: string]: string | number | boolean;
                        };
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        createdAt: string;
                        conversationCounts?: {
                            [key: string]: number;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "webhook.automation.fired": {
        parameters: {
            query?: never;
            header: {
                /** @description The same across retries and replays: deduplicate on it. */
                "webhook-id": string;
                /** @description Unix seconds; refuse one more than five minutes off. */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of id.timestamp.body>`, space-separated when a rotated-out secret still signs (24 hours). */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    type: "automation.fired";
                    /**
                     * Format: date-time
                     * @description UTC, with milliseconds.
                     * @example 2026-01-15T12:30:00.000Z
                     */
                    timestamp: string;
                    data: {
                        automation: {
                            /**
                             * @description An id: 24 lowercase hexadecimal digits.
                             * @example 665f1c0a0000000000000101
                             */
                            _id: string;
                            name: string;
                        };
                        conversationId: string | null;
                        actions: string[];
                        detail: string | null;
                        /**
                         * Format: date-time
                         * @description UTC, with milliseconds.
                         * @example 2026-01-15T12:30:00.000Z
                         */
                        firedAt: string;
                    };
                };
            };
        };
        responses: {
            /** @description Any 2xx within 15 seconds: delivered. Anything else is retried (5 s … 10 h). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
