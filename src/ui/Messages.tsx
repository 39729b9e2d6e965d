import { useEffect } from "react";
import { type Message, useAppMessages } from "./useMessages";

/**
 * Messages to the user, as a stack over the bottom of the workspace so that they
 * never push the canvas around. Successes and notes fade after a few seconds;
 * errors stay until dismissed.
 */
export function Messages() {
  const { messages, dismiss, t } = useAppMessages();
  if (messages.length === 0) return null;
  return (
    <div className="messages">
      {messages.slice(-4).map((message) => (
        <MessageItem key={message.id} message={message} dismiss={dismiss} label={t("message.dismiss")} />
      ))}
    </div>
  );
}

const FADE_AFTER_MS = 6000;

function MessageItem({
  message,
  dismiss,
  label,
}: {
  message: Message;
  dismiss: (id: number) => void;
  label: string;
}) {
  useEffect(() => {
    if (message.tone === "error") return;
    const timer = setTimeout(() => dismiss(message.id), FADE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [message, dismiss]);
  return (
    <div className={`message message--${message.tone}`} role={message.tone === "error" ? "alert" : "status"}>
      <div className="message__body">
        <p className="message__text">{message.text}</p>
        {message.details && message.details.length > 0 && (
          <ul className="message__details">
            {message.details.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lines are fixed once the message exists
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="message__close" onClick={() => dismiss(message.id)}>
        {label}
      </button>
    </div>
  );
}
