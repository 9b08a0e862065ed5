import { createContext } from '@lit/context';

/** What `<reach-provider>` hands to its children; an element's own attributes win over it. */
export interface ReachSettings {
  ks?: string | undefined;
  serviceUrl?: string | undefined;
  partnerId?: number | undefined;
  agentsUrl?: string | undefined;
}

export const reachSettingsContext = createContext<ReachSettings | undefined>(Symbol('reach-settings'));
