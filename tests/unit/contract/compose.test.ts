import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CHANNELS, FILE_CHANNELS, contract } from '../../../shared/contract/channels';
import { channel, composeContract, domain, returns } from '../../../shared/contract/define';
import { appContract } from '../../../shared/contract/app';
import { captureContract } from '../../../shared/contract/capture';
import { customersContract } from '../../../shared/contract/customers';
import { exportsContract } from '../../../shared/contract/exports';
import { importsContract } from '../../../shared/contract/imports';
import { jobsContract } from '../../../shared/contract/jobs';
import { preferencesContract } from '../../../shared/contract/preferences';
import { profileContract } from '../../../shared/contract/profile';
import { ratesContract } from '../../../shared/contract/rates';
import { timelineContract } from '../../../shared/contract/timeline';
import { workspaceContract } from '../../../shared/contract/workspace';
import { segmentsContract } from '../../../shared/contract/segments';
import { rfmContract } from '../../../shared/contract/rfm';
import { metricsContract } from '../../../shared/contract/metrics';
import { attentionContract } from '../../../shared/contract/attention';
import { templatesContract } from '../../../shared/contract/templates';
import { giftsContract } from '../../../shared/contract/gifts';
import { documentsContract } from '../../../shared/contract/documents';
import { programsContract } from '../../../shared/contract/programs';
import { campaignsContract, policyContract, touchesContract } from '../../../shared/contract/campaigns';

const DOMAINS = {
  app: appContract,
  jobs: jobsContract,
  workspace: workspaceContract,
  exports: exportsContract,
  profile: profileContract,
  customers: customersContract,
  capture: captureContract,
  imports: importsContract,
  timeline: timelineContract,
  rates: ratesContract,
  preferences: preferencesContract,
  segments: segmentsContract,
  rfm: rfmContract,
  metrics: metricsContract,
  attention: attentionContract,
  templates: templatesContract,
  gifts: giftsContract,
  documents: documentsContract,
  programs: programsContract,
  campaigns: campaignsContract,
  touches: touchesContract,
  policy: policyContract,
};

const ping = () => channel({ request: z.object({}).strict(), response: returns<null>(), mutates: false, runs: 'engine' });

describe('the contract, composed from one file per domain', () => {
  it('refuses a channel two domains both declare, at compile time and at load', () => {
    const first = domain('notes', { 'notes.list': ping() });
    const second = domain('notes', { 'notes.list': ping(), 'notes.add': ping() });
    // a spread would let the second silently replace the first
    expect(Object.keys({ ...first, ...second })).toEqual(['notes.list', 'notes.add']);
    // @ts-expect-error notes.list is declared twice
    expect(() => composeContract(first, second)).toThrow('The channel notes.list is declared twice in the contract.');
    expect(Object.keys(composeContract(first, domain('tags', { 'tags.list': ping() })))).toEqual(['notes.list', 'tags.list']);
  });

  it('refuses a channel whose name does not start with its domain, at compile time and at load', () => {
    // @ts-expect-error customers.list does not belong to the notes domain
    expect(() => domain('notes', { 'notes.list': ping(), 'customers.list': ping() })).toThrow('does not start with "notes."');
    // the prefix is the whole first word, not a part of it
    // @ts-expect-error notesX.list is not in the notes domain
    expect(() => domain('notes', { 'notesX.list': ping() })).toThrow();
  });

  it('holds every domain file, each channel under its own prefix, and nothing else', () => {
    const fromDomains: string[] = [];
    for (const [prefix, channels] of Object.entries(DOMAINS)) {
      for (const name of Object.keys(channels)) {
        expect(name.split('.')[0], name).toBe(prefix);
        fromDomains.push(name);
      }
    }
    expect(fromDomains.sort()).toEqual([...CHANNELS].sort());
    for (const name of fromDomains) expect(contract[name as keyof typeof contract]).toBe(DOMAINS[name.split('.')[0] as keyof typeof DOMAINS][name as never]);
  });

  it('marks the channels that produce a file, each with its kind and dialog title', () => {
    expect([...FILE_CHANNELS].sort()).toEqual(['documents.export', 'exports.customersCsv', 'exports.personData']);
    expect(contract['documents.export'].file).toEqual({ kind: 'docx', dialogTitle: 'Save document' });
    expect(contract['exports.customersCsv'].file).toEqual({ kind: 'csv', dialogTitle: 'Export customers' });
    expect(contract['exports.personData'].file).toEqual({ kind: 'text', dialogTitle: 'Export personal data' });
    for (const name of CHANNELS) if (!FILE_CHANNELS.includes(name as never)) expect(contract[name].file, name).toBeUndefined();
  });
});
