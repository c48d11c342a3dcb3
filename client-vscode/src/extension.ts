import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';
import { resolveServerCommand, ServerCommand } from './serverPath';
import { configurationFor, readServerSettings, restartSettings } from './settings';
import { ServerState, statusView } from './status';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let statusItem: vscode.StatusBarItem;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('Listing', { log: true });
  statusItem = vscode.window.createStatusBarItem('listing.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'Listing Language Server';
  statusItem.command = 'listing.showOutput';
  context.subscriptions.push(
    output,
    statusItem,
    vscode.commands.registerCommand('listing.restartServer', () => restart(context)),
    vscode.commands.registerCommand('listing.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (restartSettings.some((s) => e.affectsConfiguration(s))) void restart(context);
    }),
    { dispose: () => void client?.stop() },
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function showState(state: ServerState, detail?: string): void {
  const view = statusView(state, detail);
  statusItem.text = view.text;
  statusItem.tooltip = view.tooltip;
  statusItem.backgroundColor = view.isError ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  statusItem.show();
}

function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir !== '' && isFile(candidate)) return candidate;
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function serverCommand(context: vscode.ExtensionContext): ServerCommand {
  return resolveServerCommand({
    configuredPath: vscode.workspace.getConfiguration('listing').get<string>('server.path') ?? '',
    extensionPath: context.extensionPath,
    workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
    platform: process.platform,
    homeDir: os.homedir(),
    isFile,
    which,
  });
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  showState('starting');
  let command: ServerCommand;
  try {
    command = serverCommand(context);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    output.error(message);
    showState('failed', message);
    void vscode.window.showErrorMessage(message, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openSettings', 'listing.server.path');
    });
    return;
  }
  output.info(`Starting ${command.command} ${command.args.join(' ')} (${command.source} server)`);

  const run = { command: command.command, args: command.args, transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: run };
  const settings = (uri?: string) => vscode.workspace.getConfiguration('listing', uri ? vscode.Uri.parse(uri) : undefined);
  let created: LanguageClient;
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'listing' },
      { scheme: 'untitled', language: 'listing' },
    ],
    outputChannel: output,
    synchronize: {
      configurationSection: 'listing',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.listing'),
    },
    middleware: {
      workspace: {
        configuration: (params, token, next) => {
          if (params.items.every((item) => item.section === 'listing' || item.section?.startsWith('listing.'))) {
            return params.items.map((item) => configurationFor(item.section, (key) => settings(item.scopeUri).get(key)));
          }
          return next(params, token);
        },
        // Push the same cleaned settings that workspace/configuration answers, not VS Code's raw values.
        didChangeConfiguration: async () => {
          const listing = readServerSettings((key) => settings().get(key));
          await created.sendNotification(DidChangeConfigurationNotification.type, { settings: { listing } });
        },
      },
    },
  };

  created = new LanguageClient('listing', 'Listing Language Server', serverOptions, clientOptions);
  client = created;
  created.onDidChangeState((e) => {
    if (client !== created) return;
    if (e.newState === State.Running) showState('running', command.source === 'bundled' ? undefined : command.command);
    else if (e.newState === State.Starting) showState('starting');
    else showState('stopped');
  });
  try {
    await created.start();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    output.error(`The language server failed to start: ${message}`);
    if (client === created) showState('failed', message);
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    output.info('Restarting the language server');
    try {
      await old.stop();
    } catch (e) {
      output.warn(`Stopping the old server: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  await start(context);
}
