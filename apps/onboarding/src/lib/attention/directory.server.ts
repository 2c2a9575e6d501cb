import type { ApiClient } from '@ventanilla/ui/server';

/** A directory entry as the trainer shows it (the API's `DirectoryEntry`, trimmed). */
export type TrainerEntry = {
  id: string;
  hub: string;
  organization: string;
  sector: string;
  conditions: string[];
  contact: string | null;
  openingHours: string | null;
};

/**
 * The local directories of the signed-in user's own hubs, for referral practice; null when the
 * API refuses or cannot be reached (the trainer still teaches the conditions).
 */
export async function fetchOwnDirectory(
  api: ApiClient,
  hubCodes: string[],
): Promise<TrainerEntry[] | null> {
  if (hubCodes.length === 0) return [];
  try {
    const data = await api<{ directory: TrainerEntry[] }, { hubs: string[] }>(
      'query($hubs: [String!]) { directory(hubCodes: $hubs) { id hub organization sector conditions contact openingHours } }',
      { hubs: hubCodes },
    );
    return data.directory;
  } catch {
    return null;
  }
}
