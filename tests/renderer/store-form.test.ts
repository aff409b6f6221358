import { describe, expect, it } from 'vitest'
import {
  buildStorePatch,
  normaliseHours,
  toFormValues,
  validateStoreForm,
  type StoreFormValues
} from '../../renderer/src/features/stores/store-form'
import { storeRow } from './store-rows'

const row = storeRow()
const values = (overrides: Partial<StoreFormValues> = {}): StoreFormValues => ({
  ...toFormValues(row),
  ...overrides
})

describe('normaliseHours (mirrors main)', () => {
  it.each([
    ['09:00-22:00', '09:00-22:00'],
    ['9:00-22:00', '09:00-22:00'],
    [' 9：00 ~ 22：00 ', '09:00-22:00'],
    ['09:00至22:00', '09:00-22:00'],
    ['08:30—21:30', '08:30-21:30'],
    ['18:00-02:00', '18:00-02:00'],
    ['00:00-24:00', '00:00-24:00']
  ])('reads %j as %j', (input, expected) => {
    expect(normaliseHours(input)).toBe(expected)
  })

  it.each(['9点到22点', '09:00', '25:00-22:00', '09:60-22:00', '24:00-08:00', '09:00-09:00', ''])(
    'refuses %j',
    (input) => {
      expect(normaliseHours(input)).toBeNull()
    }
  )
})

describe('validateStoreForm', () => {
  it('accepts the store as it is', () => {
    expect(validateStoreForm(values())).toEqual({})
  })

  it('checks hours, minutes and address length', () => {
    expect(validateStoreForm(values({ openingHours: '' }))).toEqual({ openingHours: 'required' })
    expect(validateStoreForm(values({ openingHours: '9点到22点' }))).toEqual({
      openingHours: 'hours'
    })
    expect(validateStoreForm(values({ visitMinutes: null }))).toEqual({ visitMinutes: 'required' })
    for (const bad of [4, 481, 30.5]) {
      expect(validateStoreForm(values({ visitMinutes: bad }))).toEqual({ visitMinutes: 'minutes' })
    }
    for (const good of [5, 480]) {
      expect(validateStoreForm(values({ visitMinutes: good }))).toEqual({})
    }
    expect(validateStoreForm(values({ address: '路'.repeat(201) }))).toEqual({
      address: 'addressTooLong'
    })
    expect(validateStoreForm(values({ address: ` ${'路'.repeat(200)}\n` }))).toEqual({})
  })

  it('wants longitude and latitude together, or neither', () => {
    expect(validateStoreForm(values({ lng: null, lat: null }))).toEqual({})
    expect(validateStoreForm(values({ lng: null }))).toEqual({ lng: 'coordinatePair' })
    expect(validateStoreForm(values({ lat: null }))).toEqual({ lat: 'coordinatePair' })
  })

  it('keeps points inside the China box and spots swapped columns', () => {
    const tokyo = values({ lng: 139.6917, lat: 35.6895 })
    expect(validateStoreForm(tokyo)).toEqual({ lng: 'lngOutsideChina' })
    expect(validateStoreForm(values({ lng: 121.47, lat: 10 }))).toEqual({ lat: 'latOutsideChina' })
    const swapped = values({ lng: 31.2, lat: 121.4 })
    expect(validateStoreForm(swapped)).toEqual({ lng: 'coordinatesSwapped' })
    expect(validateStoreForm(values({ lng: 73.5, lat: 53.6 }))).toEqual({})
  })
})

describe('toFormValues', () => {
  it('shows coordinates with 6 decimals and an unplaced store (null) as empty', () => {
    expect(toFormValues(row)).toMatchObject({ lng: 121.447302, lat: 31.203613 })
    expect(toFormValues(storeRow({ lng: null, lat: null }))).toMatchObject({ lng: null, lat: null })
  })
})

describe('buildStorePatch', () => {
  it('is empty when nothing changed (rounded coordinates included)', () => {
    expect(buildStorePatch(row, values())).toEqual({})
  })

  it('sends only the changed fields, cleaned up like main cleans them', () => {
    const edited = values({
      openingHours: '8:30-21:30',
      visitMinutes: 75,
      address: ' 上海市徐汇区\n衡山路 12 号 '
    })
    expect(buildStorePatch(row, edited)).toEqual({
      openingHours: '08:30-21:30',
      visitMinutes: 75,
      address: '上海市徐汇区 衡山路 12 号'
    })
  })

  it('sends both coordinates when either moved, none when both are cleared', () => {
    expect(buildStorePatch(row, values({ lat: 31.3 }))).toEqual({ lng: 121.447302, lat: 31.3 })
    expect(buildStorePatch(row, values({ lng: null, lat: null }))).toEqual({})
  })

  it('sends a type change', () => {
    expect(buildStorePatch(row, values({ type: 'ka' }))).toEqual({ type: 'ka' })
  })
})

describe('a store not yet placed on the map', () => {
  it('sends both coordinates once the user places it', () => {
    const unplaced = storeRow({ lng: null, lat: null })
    const placed = { ...toFormValues(unplaced), lng: 121.5, lat: 31.2 }
    expect(buildStorePatch(unplaced, placed)).toEqual({ lng: 121.5, lat: 31.2 })
    expect(buildStorePatch(unplaced, toFormValues(unplaced))).toEqual({})
  })
})
