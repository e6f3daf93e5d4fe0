import pg from 'pg'
const c = new pg.Client({ connectionString: 'postgres://balai:balai@127.0.0.1:37797/scratch' })
await c.connect()
const sql = process.argv[2]
const r = await c.query(sql)
for (const x of [].concat(r)) console.log(JSON.stringify(x.rows))
await c.end()
