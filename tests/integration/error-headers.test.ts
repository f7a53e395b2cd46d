import { describe, expect, it } from 'vitest'
import { api } from '@/lib/api/app'
import { send } from '../helpers/http'

describe('error answers say what the client must do', () => {
  it('a 401 carries WWW-Authenticate: Bearer, with no token and with a bad one', async () => {
    for (const headers of [{}, { authorization: 'Bearer not-a-token' }] as Record<string, string>[]) {
      const answer = await send(api(), 'GET', '/api/user/profile', { headers })
      expect(answer.status).toBe(401)
      expect(answer.headers.get('www-authenticate')).toBe('Bearer')
    }
  })

  it('a JSON route given another content type answers 415 naming the type it expects', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const answer = await send(api(), 'POST', '/api/auth/login', { headers: { 'content-type': contentType }, body: 'email=a@b.c' })
      expect(answer.status).toBe(415)
      expect(answer.body).toMatchObject({ status: 415, message: 'Expected an application/json body', data: null })
    }
  })
})
