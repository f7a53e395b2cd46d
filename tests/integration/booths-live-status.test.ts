import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import type { ServerEventPayload } from '@/lib/schemas/socket-events'
import { boothFields, createBooth } from '../helpers/booths'
import { insertCompany } from '../helpers/companies'
import { send } from '../helpers/http'
import { connectAs, nextEvent, withSocketServer } from '../helpers/sockets'
import { form, withTempUploadDir } from '../helpers/uploads'
import { createUser } from '../helpers/users'

/*
 * A booth's owner hears every status change of their booth live (`booth_status` to their own
 * connections), once it is committed: accepted, rejected with its reason, back to pending after an
 * edit. Across processes: tests/system/realtime-booth-status.test.ts.
 */

withTempUploadDir()
const server = withSocketServer()

type BoothStatusEvent = ServerEventPayload<'booth_status'>

async function setup() {
  const owner = await createUser()
  const company = await insertCompany(owner.user.id)
  const staff = await createUser({ role: 'staff' })
  const booth = await createBooth(owner.bearer, boothFields(company.id))
  const socket = await connectAs(server.url(), owner.token)
  const heard: BoothStatusEvent[] = []
  socket.on('booth_status', (event: BoothStatusEvent) => heard.push(event))
  return { owner, staff, booth, socket, heard }
}

const review = (headers: Record<string, string>, id: string, json: unknown) => send(api(), 'PATCH', `/api/tradebooth/status?id=${id}`, { headers, json })

describe('booth_status: the owner hears about their booth live', () => {
  it('on acceptance, rejection with its reason, and the return to pending after a schedule edit', async () => {
    const { owner, staff, booth, socket, heard } = await setup()

    const accepted = nextEvent<BoothStatusEvent>(socket, 'booth_status')
    expect((await review(staff.bearer, booth.id, { status: 'accepted' })).status).toBe(200)
    expect(await accepted).toEqual({ booth_id: booth.id, name: booth.title, status: 'accepted', reason: null, changed_at: expect.any(String) })
    expect(Date.parse((await accepted).changed_at)).toBeGreaterThan(Date.now() - 60_000)

    const pending = nextEvent<BoothStatusEvent>(socket, 'booth_status')
    const edit = await send(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${booth.id}`, { headers: owner.bearer, body: form({ start_time: '10:00' }) })
    expect(edit.status).toBe(200)
    expect(await pending).toMatchObject({ booth_id: booth.id, status: 'pending', reason: null })

    const rejected = nextEvent<BoothStatusEvent>(socket, 'booth_status')
    expect((await review(staff.bearer, booth.id, { status: 'rejected', reason: 'Hall B is closed that day' })).status).toBe(200)
    expect(await rejected).toMatchObject({ booth_id: booth.id, name: booth.title, status: 'rejected', reason: 'Hall B is closed that day' })

    // An edit of a rejected booth resubmits it: pending again.
    const resubmitted = nextEvent<BoothStatusEvent>(socket, 'booth_status')
    expect(
      (await send(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${booth.id}`, { headers: owner.bearer, body: form({ description: 'Fixed' }) })).status,
    ).toBe(200)
    expect(await resubmitted).toMatchObject({ booth_id: booth.id, status: 'pending', reason: null })
    expect(heard.map((event) => event.status)).toEqual(['accepted', 'pending', 'rejected', 'pending'])
  })

  it('is not sent when nothing changed: an edit that keeps the status, the same decision again', async () => {
    const { owner, staff, booth, socket, heard } = await setup()
    const accepted = nextEvent<BoothStatusEvent>(socket, 'booth_status')
    await review(staff.bearer, booth.id, { status: 'accepted' })
    await accepted
    // A title edit keeps an accepted booth accepted; accepting it again changes nothing.
    expect(
      (await send(api(), 'PUT', `/api/tradebooth/update-tradebooth?id=${booth.id}`, { headers: owner.bearer, body: form({ title: `${booth.title} (new)` }) }))
        .status,
    ).toBe(200)
    await review(staff.bearer, booth.id, { status: 'accepted' })
    // Then a real change: the first event after the accepted one is this rejection.
    const rejected = nextEvent<BoothStatusEvent>(socket, 'booth_status')
    await review(staff.bearer, booth.id, { status: 'rejected', reason: 'Changed our minds' })
    await rejected
    expect(heard.map((event) => event.status)).toEqual(['accepted', 'rejected'])
  })

  it('reaches every connection of the owner, and no one else: not another user, not the reviewer', async () => {
    const { owner, staff, booth, socket } = await setup()
    const secondTab = await connectAs(server.url(), owner.token)
    const stranger = await createUser()
    const strangerSocket = await connectAs(server.url(), stranger.token)
    const reviewerSocket = await connectAs(server.url(), staff.token)
    const overheard: unknown[] = []
    strangerSocket.on('booth_status', (event: unknown) => overheard.push(event))
    reviewerSocket.on('booth_status', (event: unknown) => overheard.push(event))

    const inFirst = nextEvent<BoothStatusEvent>(socket, 'booth_status')
    const inSecond = nextEvent<BoothStatusEvent>(secondTab, 'booth_status')
    // The reviewer's socket hears dashboard:update (the staff room) for the same commit, published
    // just before booth_status: once both have arrived, a booth_status to the wrong sockets would have too.
    const reviewerUpdate = nextEvent<{ id: string }>(reviewerSocket, 'dashboard:update', (event) => event.id === booth.id)
    await review(staff.bearer, booth.id, { status: 'accepted' })
    expect((await inFirst).booth_id).toBe(booth.id)
    expect((await inSecond).booth_id).toBe(booth.id)
    await reviewerUpdate
    await new Promise((resolve) => setImmediate(resolve))
    expect(overheard).toEqual([])
    expect(owner.user.id).not.toBe(stranger.user.id)
  })
})
