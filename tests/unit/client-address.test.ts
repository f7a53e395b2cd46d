import { describe, expect, it } from 'vitest'
import { CLIENT_IP_HEADER, becomeFrontDoor, clientAddress, clientAddressFromHeaders } from '@/lib/http/client-address'

const headers = (values: Record<string, string>) => (name: string) => values[name]

describe('the client address inside Next', () => {
  it('ignores the stamp header until server.ts is the front door (a client could send it under next start)', () => {
    expect(clientAddressFromHeaders(headers({ [CLIENT_IP_HEADER]: '198.51.100.7' }))).toBeNull()
    // TRUST_PROXY is false in tests: X-Forwarded-For is not believed either.
    expect(clientAddressFromHeaders(headers({ 'x-forwarded-for': '198.51.100.8' }))).toBeNull()
  })

  it('believes only the stamp once server.ts stamps every request it hands to Next', () => {
    becomeFrontDoor()
    expect(clientAddressFromHeaders(headers({ [CLIENT_IP_HEADER]: '198.51.100.7', 'x-forwarded-for': '203.0.113.1' }))).toBe('198.51.100.7')
    expect(clientAddressFromHeaders(headers({ [CLIENT_IP_HEADER]: '' }))).toBeNull()
  })

  it('takes the socket address, as IPv4 when it is IPv4-mapped', () => {
    expect(clientAddress('203.0.113.1', '::ffff:192.0.2.4')).toBe('192.0.2.4')
    expect(clientAddress(undefined, undefined)).toBeNull()
  })
})
