import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../ui/App";
import "../ui/styles.css";
import { translator } from "../i18n/translate";
import { boot } from "./boot";

const root = createRoot(document.getElementById("root")!);

boot().then(
  ({ store, commands, safety }) => {
    root.render(
      <StrictMode>
        <App store={store} commands={commands} safety={safety} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    // Start-up failed before the UI existed: say so plainly, as text.
    const message = document.createElement("pre");
    message.className = "boot-error";
    // The language is not chosen yet: say it in both.
    message.textContent = `${translator("id")("boot.failed")} / ${translator("en")("boot.failed")}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    document.getElementById("root")!.replaceChildren(message);
  },
);
