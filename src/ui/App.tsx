import { Suspense } from "react";
import type { AppStore } from "../store/appStore";
import { StoreProvider, useApp } from "../store/context";
import { useT } from "../store/useT";
import { type Commands, CommandsProvider } from "./commands";
import { DetailsPanel } from "./DetailsPanel";
import { TreeActionsProvider } from "./editing/context";
import { Shortcuts } from "./editing/Shortcuts";
import { FileDrop } from "./FileDrop";
import { IllustrativeBanner } from "./IllustrativeBanner";
import { lazyNamed, OnceShown } from "./lazyNamed";
import { Messages } from "./Messages";
import { type SafetyCommands, SafetyProvider } from "./safety/context";
import { SafetyBanners } from "./safety/SafetyBanners";
import { DiagnosticsRegion } from "./structure/DiagnosticsRegion";
import { TopBar } from "./TopBar";
import { UpdatePrompt } from "./UpdatePrompt";
import { VIEWS } from "./views";

const VersionComparePanel = lazyNamed(() => import("./versions/VersionComparePanel"), "VersionComparePanel");
const DocumentsDialog = lazyNamed(() => import("./DocumentsDialog"), "DocumentsDialog");
const VersionsDialog = lazyNamed(() => import("./versions/VersionsDialog"), "VersionsDialog");

export function App({
  store,
  commands,
  safety = null,
}: {
  store: AppStore;
  commands: Commands;
  safety?: SafetyCommands | null;
}) {
  return (
    <StoreProvider store={store}>
      <CommandsProvider commands={commands}>
        <SafetyProvider safety={safety}>
          <TreeActionsProvider>
            <Shortcuts />
            <FileDrop>
              <div className="app">
                <TopBar />
                <IllustrativeBanner />
                <SafetyBanners />
                <Messages />
                <UpdatePrompt />
                <main className="workspace">
                  <ActiveView />
                  <SidePanel />
                </main>
                <LazyDialogs />
              </div>
            </FileDrop>
          </TreeActionsProvider>
        </SafetyProvider>
      </CommandsProvider>
    </StoreProvider>
  );
}

/** The details of the selection, or while a saved version is compared, the changes since it. */
function SidePanel() {
  const compare = useApp((s) => s.versionCompare);
  if (!compare) return <DetailsPanel />;
  return (
    <Suspense fallback={<DetailsPanel />}>
      <VersionComparePanel compare={compare} />
    </Suspense>
  );
}

/** The documents and versions dialogs, each loaded the first time it opens. */
function LazyDialogs() {
  const documentsOpen = useApp((s) => s.documentsOpen);
  const versionsOpen = useApp((s) => s.versionsOpen);
  return (
    <>
      <OnceShown when={documentsOpen}>
        <DocumentsDialog />
      </OnceShown>
      <OnceShown when={versionsOpen}>
        <VersionsDialog />
      </OnceShown>
    </>
  );
}

function ActiveView() {
  const t = useT();
  const view = useApp((s) => s.view);
  const definition = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  return (
    <section
      className="workspace__canvas"
      id={`view-${definition.id}`}
      role="tabpanel"
      aria-labelledby={`tab-${definition.id}`}
    >
      <Suspense fallback={<p className="view-loading">{t("views.loading")}</p>}>
        {definition.render()}
      </Suspense>
      <DiagnosticsRegion />
    </section>
  );
}
