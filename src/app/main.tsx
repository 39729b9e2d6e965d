import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../ui/App";
import "../ui/styles.css";
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
    message.textContent = `Selaras could not start.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    document.getElementById("root")!.replaceChildren(message);
  },
);
