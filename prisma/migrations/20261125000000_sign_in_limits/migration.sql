-- Sign-in attempts are counted per key (an email, an email from one client, one client) in fixed
-- windows, one row per key updated atomically, instead of one row per failure counted afterwards:
-- parallel attempts each take a number before any password is checked.
DROP TABLE "SignInFailure";

CREATE TABLE "SignInAttempt" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL,
    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "SignInAttempt_windowStart_idx" ON "SignInAttempt"("windowStart");

-- Bumped when the user's sessions must end (sign-out, and later password changes and deactivation);
-- a session cookie carries the version it was issued with.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
