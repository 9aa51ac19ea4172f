import { InputError } from '@backstage/errors';
import {
  ModelProfile,
  InferenceRecord,
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
    minReferenceRecords: number;
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
      minReferenceRecords: number;
      currentWindowHours: number;
      windowMinutes: number;
    },
  ) {}

  /**
   * Replaces the model's reference: training records folded into a profile, or a pinned
   * production window. Either must hold at least `minReferenceRecords` records: tests
   * against a reference of a handful would call noise drift.
   */
  async setReference(
    model: ModelInfo,
    update: ReferenceUpdate,
    options: {
      /** Epoch ms from which checks compare traffic (a promotion's time). */
      comparedFrom?: number;
    } = {},
  ): Promise<ReferenceInfo> {
    const { profiles, minReferenceRecords } = this.options;
    const { modelRef } = model;
    const { records, pinWindow } = update;
    if ((records === undefined) === (pinWindow === undefined)) {
      throw new InputError(
        'request/body must have either records (training data) or pinWindow (a production window)',
      );
    }
    let profile: ModelProfile;
    let window: { from: number; to: number } | null = null;
    if (records) {
      profile = this.profileOfRecords(model, records);
    } else {
      const asked = {
        from: Date.parse(pinWindow!.from),
        to: Date.parse(pinWindow!.to),
      };
      if (!(asked.from < asked.to)) {
        throw new InputError(
          'request/body/pinWindow/from must be before request/body/pinWindow/to',
        );
      }
      window = wholeWindows(
        asked.from,
        asked.to,
        model.windowMinutes ?? this.options.windowMinutes,
      );
      profile = (await profiles.readRange(modelRef, window.from, window.to))
        .profile;
    }
    if (window)
      checkReferenceSize(
        profile,
        minReferenceRecords,
        ' (the pinned window, whole profile windows)',
      );
    await profiles.setReference(modelRef, profile, {
      source: records ? 'records' : 'window',
      modelVersion: update.modelVersion ?? null,
      windowFrom: window?.from ?? null,
      windowTo: window?.to ?? null,
      comparedFrom: options.comparedFrom ?? null,
    });
    const stored = await profiles.getReference(modelRef);
    return stored!.info;
  }

  /**
   * Training records folded into a reference profile: within the record limits, and at
   * least `minReferenceRecords` of them (tests against a handful would call noise drift).
   */
  profileOfRecords(model: ModelInfo, records: InferenceRecord[]): ModelProfile {
    const { limits, maxReferenceRecords, minReferenceRecords } = this.options;
    checkRecords(records, {
      maxRecords: maxReferenceRecords,
      settingName: 'aiops.ingest.maxReferenceRecords',
    });
    const profile = profileRecords(records, Date.now(), limits, model.reading);
    checkReferenceSize(profile, minReferenceRecords, '');
    return profile;
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
    const reference = await this.options.profiles.getReference(model.modelRef);
    const checked = currentWindow(
      range.to ?? Date.now(),
      model.windowHours ?? this.options.currentWindowHours,
      windowMinutes,
      reference?.info.comparedFrom,
    );
    const asked = {
      from: range.from ?? checked.from,
      to: range.to ?? checked.to,
    };
    if (!(asked.from < asked.to))
      throw new InputError(
        'request/query/from must be before request/query/to',
      );
    const { from, to } = wholeWindows(asked.from, asked.to, windowMinutes);
    const current = await this.options.profiles.readRange(
      model.modelRef,
      from,
      to,
    );
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

function checkReferenceSize(
  profile: ModelProfile,
  minReferenceRecords: number,
  what: string,
) {
  if (profile.records < minReferenceRecords) {
    throw new InputError(
      `The reference would hold ${profile.records} records${what}; it needs at least ${minReferenceRecords} (aiops.ingest.minReferenceRecords)`,
    );
  }
}
