import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import type { MessageJson } from '@/lib/schemas/rooms'
import { connectAs, createTestRoom, nextEvent, request, withSocketServer } from '../helpers/sockets'
import { createUser } from '../helpers/users'

const server = withSocketServer()

async function joined(roomId: string, role: Role = 'user') {
  const who = await createUser({ role })
  const socket = await connectAs(server.url(), who.token)
  expect((await request(socket, 'join_room', { room: roomId })).ok).toBe(true)
  return { ...who, socket }
}

async function posted(socket: Awaited<ReturnType<typeof joined>>['socket'], roomId: string, msg: string): Promise<MessageJson> {
  const answer = await request(socket, 'message', { room: roomId, msg })
  expect(answer.ok).toBe(true)
  return answer.message as MessageJson
}

describe('live rooms: moderation', () => {
  it('lets staff remove a message: members are told, history shows it removed, the audit log records it', async () => {
    const room = await createTestRoom()
    const author = await joined(room.id)
    const staff = await joined(room.id, 'staff')
    const message = await posted(author.socket, room.id, 'spam')
    const told = nextEvent<{ id: string; room: string }>(author.socket, 'message_deleted')
    expect(await request(staff.socket, 'delete_message', { id: message.id })).toMatchObject({ ok: true, id: message.id, room: room.id })
    expect(await told).toEqual({ id: message.id, room: room.id })
    const history = await request(author.socket, 'join_room', { room: room.id })
    expect((history.messages as MessageJson[])[0]).toMatchObject({ id: message.id, msg: '', deleted: true })
    expect(await db().auditLog.count({ where: { action: 'message.deleted', entityId: message.id, actorId: staff.user.id } })).toBe(1)
  })

  it('refuses moderation by a plain user', async () => {
    const room = await createTestRoom()
    const author = await joined(room.id)
    const other = await joined(room.id)
    const message = await posted(author.socket, room.id, 'mine')
    expect(await request(other.socket, 'delete_message', { id: message.id })).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await request(other.socket, 'mute', { room: room.id, user_id: author.user.id })).toMatchObject({ ok: false, code: 'forbidden' })
    expect((await db().message.findUniqueOrThrow({ where: { id: message.id } })).deletedAt).toBeNull()
  })

  it('refuses messages from a muted user until the mute ends', async () => {
    const room = await createTestRoom()
    const target = await joined(room.id)
    const admin = await joined(room.id, 'admin')
    expect((await request(admin.socket, 'mute', { room: room.id, user_id: target.user.id, minutes: 5 })).ok).toBe(true)
    expect(await request(target.socket, 'message', { room: room.id, msg: 'let me speak' })).toMatchObject({ ok: false, code: 'forbidden' })
    // The mute's end passing is simulated by moving it into the past, not by waiting.
    await db().roomMute.update({ where: { roomId_userId: { roomId: room.id, userId: target.user.id } }, data: { until: new Date(Date.now() - 1000) } })
    expect((await request(target.socket, 'message', { room: room.id, msg: 'back' })).ok).toBe(true)
    expect(await db().auditLog.count({ where: { action: 'room.user_muted', entityId: room.id } })).toBe(1)
  })

  it('rejects a malformed moderation payload', async () => {
    const staff = await joined((await createTestRoom()).id, 'staff')
    expect(await request(staff.socket, 'delete_message', { id: 'nope' })).toMatchObject({ ok: false, code: 'validation' })
    expect(await request(staff.socket, 'mute', { room: 'x', user_id: 5 })).toMatchObject({ ok: false, code: 'validation' })
    expect(await request(staff.socket, 'delete_message', { id: '0193a4f2-7c1e-7b3a-9f00-2c5d8e1a4b6c' })).toMatchObject({ ok: false, code: 'not_found' })
  })
})

describe('live rooms: the user is re-checked while connected', () => {
  it('disconnects a user deactivated while connected at their next event', async () => {
    const room = await createTestRoom()
    const member = await joined(room.id)
    await db().user.update({ where: { id: member.user.id }, data: { isActive: false } })
    const dropped = nextEvent<string>(member.socket, 'disconnect')
    expect(await request(member.socket, 'message', { room: room.id, msg: 'still here?' })).toMatchObject({ ok: false, code: 'unauthenticated' })
    expect(await dropped).toBe('io server disconnect')
    expect(await db().message.count({ where: { roomId: room.id } })).toBe(0)
  })

  it('stops moderation by a user demoted while connected', async () => {
    const room = await createTestRoom()
    const author = await joined(room.id)
    const staff = await joined(room.id, 'staff')
    const message = await posted(author.socket, room.id, 'hello')
    await db().user.update({ where: { id: staff.user.id }, data: { role: 'user' } })
    expect(await request(staff.socket, 'delete_message', { id: message.id })).toMatchObject({ ok: false, code: 'forbidden' })
  })
})
