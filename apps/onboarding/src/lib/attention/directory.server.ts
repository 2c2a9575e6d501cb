import { graphql, type ResultOf } from '@ventanilla/ui/graphql';
import type { ApiClient } from '@ventanilla/ui/server';

const OWN_DIRECTORY = graphql(`
  query TrainerDirectory($hubs: [String!]) {
    directory(hubCodes: $hubs) {
      id
      hub
      organization
      sector
      conditions
      contact
      openingHours
    }
  }
`);

/** A directory entry as the trainer shows it (the API's `DirectoryEntry`, trimmed). */
export type TrainerEntry = ResultOf<typeof OWN_DIRECTORY>['directory'][number];

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
    const data = await api(OWN_DIRECTORY, { hubs: hubCodes });
    return data.directory;
  } catch {
    return null;
  }
}
