import { execFileSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { ImapFlow } from "imapflow";

// A real IMAP server for the email tests: Dovecot from Debian's packages (installed here when it is
// missing, as .ci/run does), run as an instance of the test's own with a throwaway configuration in
// a temporary folder, listening on a free loopback port, plain logins, mail in Maildirs under the
// folder. Stopped (and the folder removed) by `stop()`.

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

function ensureInstalled() {
  if (existsSync("/usr/sbin/dovecot")) return;
  execFileSync("apt-get", ["install", "-y", "-qq", "dovecot-imapd"], {
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    stdio: "ignore",
  });
}

const id = (name: string) => Number(execFileSync("id", [name === "uid" ? "-u" : "-g", "dovenull"]).toString());

export type Mailbox = { user: string; password: string };

export async function startDovecot(users: Mailbox[]) {
  ensureInstalled();
  const dir = mkdtempSync(path.join(tmpdir(), "inbox-dovecot-"));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const [uid, gid] = [id("uid"), id("gid")];
  const homes = path.join(dir, "home");
  mkdirSync(homes);
  const passwdLine = ({ user, password }: Mailbox) => {
    const hash = execFileSync("doveadm", ["pw", "-s", "SHA512-CRYPT", "-p", password]).toString().trim();
    return `${user}:${hash}:${uid}:${gid}::${path.join(homes, user)}::`;
  };
  const accounts = new Map(users.map((user) => [user.user, user.password]));
  const writePasswd = () =>
    writeFileSync(
      path.join(dir, "passwd"),
      `${[...accounts].map(([user, password]) => passwdLine({ user, password })).join("\n")}\n`,
    );
  writePasswd();
  const config = path.join(dir, "dovecot.conf");
  writeFileSync(
    config,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 100
mail_location = maildir:~/Maildir
mailbox_idle_check_interval = 1 secs
# A wrong password is answered at once, and earns the address no penalty: the tests try one.
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
default_internal_user = dovecot
default_login_user = dovenull
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
namespace inbox {
  inbox = yes
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
}
passdb {
  driver = passwd-file
  args = scheme=SHA512-CRYPT ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = ${dir}/passwd
}
`,
  );
  chownSync(homes, uid, gid);
  // Its daemon keeps the descriptors it was given: a file, not a pipe that would never close.
  const startLog = path.join(dir, "start.log");
  const output = openSync(startLog, "w");
  const started = spawnSync("/usr/sbin/dovecot", ["-c", config], { stdio: ["ignore", output, output] });
  closeSync(output);
  if (started.status !== 0) throw new Error(`dovecot did not start: ${readFileSync(startLog, "utf8")}`);
  const server = {
    host: "127.0.0.1",
    port,
    /** A client logged in as `user`, for a test to put mail in or look at it. */
    async client(user: Mailbox) {
      const client = new ImapFlow({
        host: "127.0.0.1",
        port,
        secure: false,
        auth: { user: user.user, pass: user.password },
        logger: false,
      });
      await client.connect();
      return client;
    },
    /** Delivers a raw message into `user`'s INBOX (as an MTA would). */
    async deliver(user: Mailbox, raw: string, mailbox = "INBOX") {
      const client = await server.client(user);
      try {
        return await client.append(mailbox, raw);
      } finally {
        await client.logout();
      }
    },
    /** The Message-IDs in `user`'s Sent folder. */
    async sentIds(user: Mailbox) {
      const client = await server.client(user);
      const lock = await client.getMailboxLock("Sent");
      try {
        const ids: string[] = [];
        for await (const message of client.fetch("1:*", { envelope: true })) {
          if (message.envelope?.messageId) ids.push(message.envelope.messageId);
        }
        return ids;
      } catch {
        return []; // an empty folder has no 1:*
      } finally {
        lock.release();
        await client.logout();
      }
    },
    /** Changes `user`'s password on the server (Dovecot reads the file again when it changes). */
    setPassword(user: Mailbox, password: string) {
      accounts.set(user.user, password);
      writePasswd();
    },
    /** Drops `user`'s connections, as a server restarting or a network failing would. */
    kick(user: Mailbox) {
      spawnSync("doveadm", ["-c", config, "kick", user.user], { stdio: "ignore" });
    },
    stop() {
      spawnSync("doveadm", ["-c", config, "stop"], { stdio: "ignore" });
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

export type Dovecot = Awaited<ReturnType<typeof startDovecot>>;
