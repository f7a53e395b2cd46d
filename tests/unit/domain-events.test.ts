import { describe, expect, it, vi } from 'vitest'

describe('domain events', () => {
  it('reach listeners across separate copies of the module (server.ts and Next each load their own)', async () => {
    const first = await import('@/lib/events/domain-events')
    vi.resetModules()
    const second = await import('@/lib/events/domain-events')
    expect(second).not.toBe(first)

    const heard = vi.fn()
    const stop = first.onDomainEvent(heard)
    second.publishDomainEvent({ entity: 'booth', action: 'created', id: 'b1', status: 'pending' })
    expect(heard).toHaveBeenCalledWith({ entity: 'booth', action: 'created', id: 'b1', status: 'pending' })

    stop()
    second.publishDomainEvent({ entity: 'booth', action: 'deleted', id: 'b1' })
    expect(heard).toHaveBeenCalledTimes(1)
  })

  it('never lets a failing listener fail the publisher', async () => {
    const { onDomainEvent, publishDomainEvent } = await import('@/lib/events/domain-events')
    const stop = onDomainEvent(() => {
      throw new Error('listener broke')
    })
    expect(() => publishDomainEvent({ entity: 'company', action: 'updated', id: 'c1' })).not.toThrow()
    stop()
  })
})
