import { io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { forgetSecuritySettings } from '@/lib/services/mfa/mfa-policy'
import { dashboardCookie } from '../helpers/dashboard-cookie'
import { connectAs, withSocketServer } from '../helpers/sockets'
import { createUser } from '../helpers/users'

const server = withSocketServer()

afterEach(async () => {
  await db().appSetting.deleteMany({})
  forgetSecuritySettings()
})

async function requireSecondFactorOfStaff() {
  await db().appSetting.create({ data: { key: 'require_mfa_for_staff', value: true } })
  forgetSecuritySettings()
}

describe('the socket handshake while staff must have a second factor', () => {
  it('refuses staff and admins without one, by token and by cookie; lets plain users and enrolled staff in', async () => {
    const staff = await createUser({ role: 'staff' })
    const admin = await createUser({ role: 'admin' })
    const plain = await createUser()
    const enrolled = await createUser({ role: 'staff' })
    await db().user.update({ where: { id: enrolled.user.id }, data: { mfaEnabled: true } })
    // Before the setting: everyone connects.
    ;(await connectAs(server.url(), staff.token)).disconnect()

    await requireSecondFactorOfStaff()
    for (const who of [staff, admin]) await expect(connectAs(server.url(), who.token)).rejects.toThrow('mfa_enrolment_required')
    const { cookie } = await dashboardCookie(staff.user)
    const byCookie = io(server.url(), { transports: ['websocket'], reconnection: false, forceNew: true, extraHeaders: { cookie } })
    const refused = await new Promise<string>((resolve) => byCookie.once('connect_error', (error) => resolve(error.message)))
    expect(refused).toBe('mfa_enrolment_required')
    byCookie.disconnect()
    ;(await connectAs(server.url(), plain.token)).disconnect()
    ;(await connectAs(server.url(), enrolled.token)).disconnect()
  })
})
