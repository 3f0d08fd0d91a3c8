// Production HTTP server: Next.js's request handler behind a plain Node server, so the
// app knows who the client is. Next itself keeps any X-Forwarded-For a client sends,
// which would let anyone dodge per-client rate limits by changing it. Here the client
// address is the socket's (or, with TABIJI_TRUST_PROXY=1 behind your own reverse proxy,
// the first X-Forwarded-For entry) and is handed on in x-tabiji-client, always overwritten.
import { createServer } from "node:http";
import next from "next";
import { warmUp } from "./warm-up.mjs";

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOST || "0.0.0.0";
const trustProxy = process.env.TABIJI_TRUST_PROXY === "1";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

function onRequest(req, res) {
  const socketAddress = req.socket.remoteAddress ?? "unknown";
  const forwarded = String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim();
  req.headers["x-tabiji-client"] = trustProxy && forwarded ? forwarded.slice(0, 64) : socketAddress;
  if (!trustProxy) req.headers["x-forwarded-for"] = socketAddress;
  handle(req, res);
}

// The public port opens once every page has been loaded once (scripts/warm-up.mjs).
await warmUp(onRequest);
const server = createServer(onRequest);
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Tabiji ready on http://localhost:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.close(() => process.exit(0)));
