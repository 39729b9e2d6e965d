import { useApp } from "../store/context";
import { useT } from "../store/useT";

/** Messages to the user: import results, storage problems. Errors stay until dismissed. */
export function Messages() {
  const t = useT();
  const messages = useApp((s) => s.messages);
  const dismiss = useApp((s) => s.dismissMessage);
  if (messages.length === 0) return null;
  return (
    <div className="messages">
      {messages.map((message) => (
        <div
          key={message.id}
          className={`message message--${message.tone}`}
          role={message.tone === "error" ? "alert" : "status"}
        >
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
            {t("message.dismiss")}
          </button>
        </div>
      ))}
    </div>
  );
}
