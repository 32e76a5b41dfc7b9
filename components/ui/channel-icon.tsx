import { type ChannelType, channelLabels } from "@/lib/channel-types";

export { channelLabels };

const paths: Record<ChannelType, string> = {
  sms: "M4 4h16v12H7l-3 3V4z",
  facebook:
    "M12 3C7 3 3 6.7 3 11.2c0 2.6 1.3 4.9 3.3 6.4V21l3-1.7c.9.3 1.8.4 2.7.4 5 0 9-3.7 9-8.3S17 3 12 3zm1 11-2.3-2.4L6.5 14l4.7-5 2.3 2.4L17.7 9 13 14z",
  webchat: "M3 5h18v11H8l-5 4V5zm4 5h2v2H7v-2zm4 0h2v2h-2v-2zm4 0h2v2h-2v-2z",
  email: "M3 5h18v14H3V5zm2 2v.5l7 4.5 7-4.5V7H5zm0 2.9V17h14V9.9l-7 4.5-7-4.5z",
};

const tints: Record<ChannelType, string> = {
  sms: "text-emerald-700",
  facebook: "text-blue-700",
  webchat: "text-violet-700",
  email: "text-amber-700",
};

/** The channel's icon: an image named after the channel, or `decorative` (hidden from screen
 *  readers) where its name is already said in words. */
export function ChannelIcon({
  channel,
  className = "size-4",
  decorative = false,
}: {
  channel: ChannelType;
  className?: string;
  decorative?: boolean;
}) {
  const classes = `${className} ${tints[channel]} fill-current`;
  if (decorative) {
    return (
      <svg viewBox="0 0 24 24" aria-hidden className={classes}>
        <path d={paths[channel]} />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 24 24" role="img" aria-label={channelLabels[channel]} className={classes}>
      <title>{channelLabels[channel]}</title>
      <path d={paths[channel]} />
    </svg>
  );
}
