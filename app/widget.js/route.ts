import { loaderScript } from "@/lib/channels/webchat/panel-page";

// The script a website embeds to show the webchat widget.
export const GET = () => loaderScript();
