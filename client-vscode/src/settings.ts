/**
 * The server reads the `listing` section through workspace/configuration. VS Code hands back
 * whatever the user typed, so the client sends a cleaned copy: unknown severities and malformed
 * tags are dropped here rather than making the server guess.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface ServerSettings {
  diagnostics: { severity: Record<string, Severity> };
  orgs: { extra: string[] };
  categories: { extra: Record<string, string> };
  dates: { allowFuture: boolean };
  format: { blankLinesBetweenEntries: 0 | 1 | null };
  inlayHints: { enabled: boolean };
}

/** Reads one setting below `listing.` (e.g. `orgs.extra`), like WorkspaceConfiguration.get. */
export type SettingReader = (key: string) => unknown;

const severities = new Set<string>(['error', 'warning', 'information', 'hint', 'off']);
const diagnosticCode = /^LST\d{3}$/;
const orgTag = /^[a-z0-9][a-z0-9-]*$/;
const categoryCode = /^[A-Z]{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readServerSettings(get: SettingReader): ServerSettings {
  const severity: Record<string, Severity> = {};
  const rawSeverity = get('diagnostics.severity');
  if (isRecord(rawSeverity)) {
    for (const [code, value] of Object.entries(rawSeverity)) {
      const level = typeof value === 'string' ? value.toLowerCase() : '';
      if (diagnosticCode.test(code.toUpperCase()) && severities.has(level)) {
        severity[code.toUpperCase()] = level as Severity;
      }
    }
  }

  const rawOrgs = get('orgs.extra');
  const orgs = Array.isArray(rawOrgs)
    ? [...new Set(rawOrgs.filter((t): t is string => typeof t === 'string').map((t) => t.trim()).filter((t) => orgTag.test(t)))]
    : [];

  const categories: Record<string, string> = {};
  const rawCategories = get('categories.extra');
  if (isRecord(rawCategories)) {
    for (const [code, name] of Object.entries(rawCategories)) {
      if (categoryCode.test(code) && typeof name === 'string' && name.trim() !== '') categories[code] = name.trim();
    }
  }

  const blank = get('format.blankLinesBetweenEntries');
  return {
    diagnostics: { severity },
    orgs: { extra: orgs },
    categories: { extra: categories },
    dates: { allowFuture: get('dates.allowFuture') === true },
    format: { blankLinesBetweenEntries: blank === 0 || blank === 1 ? blank : null },
    inlayHints: { enabled: get('inlayHints.enabled') !== false },
  };
}

/** Answers one workspace/configuration item: the cleaned settings for `listing`, one part of them for `listing.x`. */
export function configurationFor(section: string | undefined, get: SettingReader): unknown {
  if (section !== 'listing' && !section?.startsWith('listing.')) return undefined;
  let value: unknown = readServerSettings(get);
  for (const part of section.split('.').slice(1)) {
    value = isRecord(value) ? value[part] : undefined;
  }
  return value ?? null;
}

/** Settings whose change needs a new server process rather than a configuration refresh. */
export const restartSettings = ['listing.server.path'];
