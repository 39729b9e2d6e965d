import { TreeCanvas } from "../canvas/TreeCanvas";
import type { AppStore } from "../store/appStore";
import { StoreProvider } from "../store/context";
import { type Commands, CommandsProvider } from "./commands";
import { DetailsPanel } from "./DetailsPanel";
import { DocumentsDialog } from "./DocumentsDialog";
import { FileDrop } from "./FileDrop";
import { IllustrativeBanner } from "./IllustrativeBanner";
import { Messages } from "./Messages";
import { TopBar } from "./TopBar";

export function App({ store, commands }: { store: AppStore; commands: Commands }) {
  return (
    <StoreProvider store={store}>
      <CommandsProvider commands={commands}>
        <FileDrop>
          <div className="app">
            <TopBar />
            <IllustrativeBanner />
            <Messages />
            <main className="workspace">
              <section
                className="workspace__canvas"
                id="view-tree"
                role="tabpanel"
                aria-labelledby="tab-tree"
              >
                <TreeCanvas />
              </section>
              <DetailsPanel />
            </main>
            <DocumentsDialog />
          </div>
        </FileDrop>
      </CommandsProvider>
    </StoreProvider>
  );
}
