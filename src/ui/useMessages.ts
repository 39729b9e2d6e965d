import type { Message } from "../store/appStore";
import { useApp } from "../store/context";
import { useT } from "../store/useT";

export type { Message };

export function useAppMessages() {
  const t = useT();
  const messages = useApp((s) => s.messages);
  const dismiss = useApp((s) => s.dismissMessage);
  return { messages, dismiss, t };
}
