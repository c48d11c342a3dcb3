/** What the status bar item shows for each state of the language client. */
export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

export interface StatusView {
  text: string;
  tooltip: string;
  isError: boolean;
}

export function statusView(state: ServerState, detail?: string): StatusView {
  switch (state) {
    case 'starting':
      return { text: '$(sync~spin) Listing', tooltip: 'Listing language server: starting', isError: false };
    case 'running':
      return { text: '$(check) Listing', tooltip: `Listing language server: running${detail ? ` (${detail})` : ''}`, isError: false };
    case 'stopped':
      return { text: '$(circle-slash) Listing', tooltip: 'Listing language server: stopped. Click to show the output.', isError: false };
    case 'failed':
      return { text: '$(error) Listing', tooltip: `Listing language server failed${detail ? `: ${detail}` : ''}. Click to show the output.`, isError: true };
  }
}
