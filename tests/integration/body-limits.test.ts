import { describe, expect, it } from 'vitest'
import { send } from '../helpers/http'
import { api } from '@/lib/api/app'
import { countingBody, sendStream } from '../helpers/request-streams'

// MAX_BODY_KB's default: 1 MB for every body that is not a multipart upload.
const LIMIT = 1024 * 1024
const JSON_ROUTES = ['/api/auth/login', '/api/auth/register', '/api/auth/refresh', '/api/auth/send-otp']

describe('JSON bodies are bounded before they are buffered', () => {
  it.each(JSON_ROUTES)('%s refuses a declared Content-Length over 1 MB with 413 without reading the body', async (path) => {
    const body = countingBody('{"email":"')
    const answer = await sendStream('POST', path, { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) }, body.stream)
    expect(answer.status).toBe(413)
    expect(answer.body).toMatchObject({ status: 413, message: 'The request body is larger than 1024 KB', data: null })
    expect(body.pulled()).toBe(0)
  })

  it.each(JSON_ROUTES)('%s stops reading a chunked body as soon as it passes 1 MB', async (path) => {
    const body = countingBody('{"email":"', 300 * 1024 * 1024)
    const answer = await sendStream('POST', path, { 'content-type': 'application/json' }, body.stream)
    expect(answer.status).toBe(413)
    expect(answer.body).toMatchObject({ status: 413, message: 'The request body is larger than 1024 KB', data: null })
    expect(body.pulled()).toBeGreaterThan(LIMIT)
    expect(body.pulled()).toBeLessThan(LIMIT + 256 * 1024)
  })

  it('answers a body just under the limit as usual (here: malformed JSON → 400)', async () => {
    const body = countingBody('{"email":"', LIMIT - 64 * 1024)
    const answer = await sendStream('POST', '/api/auth/login', { 'content-type': 'application/json' }, body.stream)
    expect(answer.status).toBe(400)
  })

  it('keeps ordinary JSON requests working', async () => {
    const answer = await send(api(), 'POST', '/api/auth/login', { json: { email: 'nobody@example.com', password: 'not the password' } })
    expect(answer.status).toBe(401)
  })
})
