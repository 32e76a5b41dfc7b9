/** Prints a message and ends the command with a failure status. */
export function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

/** A password from an environment variable, or typed on the terminal without being shown. */
export async function readPassword(variable: string, question: string): Promise<string> {
  const given = process.env[variable];
  if (given) return given;
  if (!process.stdin.isTTY) refuse(`Set ${variable}, or run this in a terminal to type the password.`);
  process.stdout.write(question);
  process.stdin.setRawMode(true);
  process.stdin.setEncoding("utf8");
  process.stdin.resume();
  return new Promise((resolve) => {
    let answer = "";
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n") return finish();
        if (character === "\u0003") process.exit(130); // Ctrl+C
        answer = character === "\u007f" || character === "\b" ? answer.slice(0, -1) : answer + character;
      }
    };
    const finish = () => {
      process.stdin.off("data", onData);
      process.stdin.setRawMode(false);
      process.stdin.pause();
      process.stdout.write("\n");
      resolve(answer);
    };
    process.stdin.on("data", onData);
  });
}
