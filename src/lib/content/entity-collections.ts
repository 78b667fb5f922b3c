import type { DataCollection } from './check';
import type { EntityKind } from '../routes/urls';

/** The data collection (and text collection) that holds each kind of entity. */
export const ENTITY_COLLECTIONS: Readonly<Record<EntityKind, DataCollection>> = {
  pillar: 'pillars',
  section: 'sections',
  measure: 'measures',
  order: 'orders',
  prior: 'prior',
  agency: 'agencies',
  topic: 'topics',
};
