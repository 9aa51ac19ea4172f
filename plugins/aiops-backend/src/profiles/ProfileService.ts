import { InputError } from '@backstage/errors';
import {
  ModelProfiles,
  ProfileLimits,
  ReferenceInfo,
  ReferenceUpdate,
  compareProfiles,
  profileRecords,
} from '@unified-aiops/plugin-aiops-common';
import { checkRecords } from '../ingest/checkRecords';
import { ModelInfo } from '../models/ModelDirectory';
import { currentWindow, wholeWindows } from './currentWindow';
import { ProfileStore } from './ProfileStore';

/** Sets reference profiles and reads profile comparisons for charts. */
export class ProfileService {
  static create(options: {
    profiles: ProfileStore;
    limits: ProfileLimits;
    maxReferenceRecords: number;
    currentWindowHours: number;
    windowMinutes: number;
  }) {
    return new ProfileService(options);
  }

  private constructor(
    private readonly options: {
      profiles: ProfileStore;
      limits: ProfileLimits;
      maxReferenceRecords: number;
      currentWindowHours: number;
      windowMinutes: number;
    },
  ) {}

  /** Replaces the model's reference: training records folded into a profile, or a pinned window. */
  async setReference(
    model: ModelInfo,
    update: ReferenceUpdate,
  ): Promise<ReferenceInfo> {
    const { profiles, limits, maxReferenceRecords } = this.options;
    const { modelRef } = model;
    const modelVersion = update.modelVersion ?? null;
    if ('records' in update) {
      checkRecords(update.records, {
        maxRecords: maxReferenceRecords,
        settingName: 'aiops.ingest.maxReferenceRecords',
      });
      const profile = profileRecords(
        update.records,
        Date.now(),
        limits,
        model.reading,
      );
      await profiles.setReference(modelRef, profile, {
        source: 'records',
        modelVersion,
        windowFrom: null,
        windowTo: null,
      });
    } else {
      const asked = {
        from: Date.parse(update.pinWindow.from),
        to: Date.parse(update.pinWindow.to),
      };
      if (!(asked.from < asked.to))
        throw new InputError('pinWindow.from must be before pinWindow.to');
      const { from, to } = wholeWindows(
        asked.from,
        asked.to,
        model.windowMinutes ?? this.options.windowMinutes,
      );
      const { profile } = await profiles.readRange(modelRef, from, to);
      if (profile.records === 0) {
        throw new InputError(
          'The pinned window holds no records of this model',
        );
      }
      await profiles.setReference(modelRef, profile, {
        source: 'window',
        modelVersion,
        windowFrom: from,
        windowTo: to,
      });
    }
    const stored = await profiles.getReference(modelRef);
    return stored!.info;
  }

  /**
   * Current profile over [from, to) against its reference; what the range leaves open
   * is the model's check window (see `currentWindow`), as of `to` when given.
   */
  async compare(
    model: ModelInfo,
    range: { from?: number; to?: number },
  ): Promise<ModelProfiles> {
    const windowMinutes = model.windowMinutes ?? this.options.windowMinutes;
    const checked = currentWindow(
      range.to ?? Date.now(),
      model.windowHours ?? this.options.currentWindowHours,
      windowMinutes,
    );
    const asked = {
      from: range.from ?? checked.from,
      to: range.to ?? checked.to,
    };
    if (!(asked.from < asked.to))
      throw new InputError('from must be before to');
    const { from, to } = wholeWindows(asked.from, asked.to, windowMinutes);
    const current = await this.options.profiles.readRange(
      model.modelRef,
      from,
      to,
    );
    const reference = await this.options.profiles.getReference(model.modelRef);
    const kinds = Object.fromEntries(
      model.features
        .filter(f => f.kind !== 'text')
        .map(f => [f.name, f.kind as 'numerical' | 'categorical']),
    );
    return {
      entityRef: model.modelRef,
      window: {
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        windows: current.windows,
      },
      referenceSource: reference?.info ?? null,
      ...compareProfiles(current.profile, reference?.profile ?? null, kinds),
    };
  }
}
