// The practical limit: a bare node:http + pg server answering the same SQL with the same envelope.
import { createServer } from 'node:http'
import pg from 'pg'

const port = Number(process.env.PORT ?? 3300)
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })

createServer(async (req, res) => {
  try {
    await pool.query('SELECT 1')
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 200, message: 'OK', data: { ready: true, database: 'up' } }))
  } catch {
    res.writeHead(503).end()
  }
}).listen(port, '127.0.0.1', () => console.log(`baseline ready on ${port}`))
