'use strict';
// One end of an OCPP-J connection run by ocpp-rpc in strict mode, for
// tests/test_interop_ocpp_rpc.py.
//
//   node driver.js '<config JSON>'
//
// config: {mode: "server" | "client", version: "ocpp1.6" | "ocpp2.0.1" | "ocpp2.1",
//          url (client: the endpoint, ocpp-rpc appends "/" + identity), identity (client),
//          password (Basic auth: the client's, or the one the server requires),
//          handlers: {Action: {result, then: [{method, params}]}}, lifetimeMs}
//
// It writes one JSON object per line on stdout: events ({"event": ...}) and the answers to
// commands ({"id": n, ...}). It reads commands, one JSON object per line, on stdin:
//   {"id": n, "op": "call", "method": M, "params": P}   -> {"id": n, "result": R}
//                                                          or {"id": n, "error": {...}}
//   {"id": n, "op": "raw", "frame": "[2, ...]"}          -> {"id": n, "reply": <the answer
//       frame with the same message id, parsed>}; bypasses strict mode, to send what it forbids;
//       with "noReply": true -> {"id": n, "sent": true} at once
//   {"id": n, "op": "close"}                             -> {"id": n, "closed": {code, reason}}
// It exits when stdin ends, after "close", or after lifetimeMs whatever happens.

const path = require('path');
const readline = require('readline');
const { RPCServer, RPCClient, createValidator, createRPCError } = require('ocpp-rpc');

const config = JSON.parse(process.argv[2]);
const CALL_TIMEOUT_MS = 10000;

function emit(obj) {
    process.stdout.write(JSON.stringify(obj) + '\n');
}

// ocpp-rpc looks a payload's schema up as `urn:<Action>.req` and `urn:<Action>.conf`
// (lib/client.js), and its 1.6 and 2.0.1 schemas carry those ids; its 2.1 schemas are the
// official files, whose ids are `urn:<Action>Request` and `urn:<Action>Response`, so its
// standard 2.1 validator finds none of them. Give them the ids it looks up.
function validator21() {
    const file = path.join(path.dirname(require.resolve('ocpp-rpc/package.json')),
                           'lib', 'schemas', 'ocpp2_1.json');
    const schemas = require(file).map(schema => ({
        ...schema,
        $id: schema.$id.replace(/Request$/, '.req').replace(/Response$/, '.conf'),
    }));
    return createValidator('ocpp2.1', schemas);
}

const strict = {
    protocols: [config.version],
    strictMode: true,
    strictModeValidators: [validator21()],
    callTimeoutMs: CALL_TIMEOUT_MS,
    pingIntervalMs: 0,
};

let peer = null;          // the RPCClient, or the RPCServerClient of the connected station
let server = null;
let httpServer = null;
const rawWaiters = new Map();  // message id -> resolve, for "raw" commands
const rawIds = new Set();

function describeError(err) {
    return {
        code: err.rpcErrorCode ?? null,
        name: err.constructor?.name ?? 'Error',
        message: String(err.message ?? err),
        details: err.details ?? null,
    };
}

function attach(p) {
    peer = p;
    for (const [method, spec] of Object.entries(config.handlers ?? {})) {
        p.handle(method, ({ params }) => {
            emit({ event: 'call', method, params });
            if (spec.then) {
                // after the reply: ocpp-rpc sends it once the handler's promise settles
                setImmediate(() => followUp(p, spec.then));
            }
            if (spec.error) {
                throw createRPCError(spec.error.code, spec.error.message ?? '');
            }
            return spec.result;
        });
    }
    p.on('message', ({ message, outbound }) => {
        const text = message.toString();
        emit({ event: 'frame', outbound, frame: text });
        if (outbound) {
            return;
        }
        let parsed;
        try {
            parsed = JSON.parse(text);
        } catch (err) {
            return;
        }
        if (Array.isArray(parsed) && rawWaiters.has(parsed[1]) && parsed[0] !== 2) {
            const resolve = rawWaiters.get(parsed[1]);
            rawWaiters.delete(parsed[1]);
            resolve(parsed);
        }
    });
    p.on('strictValidationFailure', ev => emit({
        event: 'strictValidationFailure', method: ev.method, outbound: ev.outbound,
        isCall: ev.isCall, params: ev.params ?? null, result: ev.result ?? null,
        error: describeError(ev.error),
    }));
    p.on('badMessage', ev => {
        let id = null;
        try {
            id = JSON.parse(ev.buffer.toString())[1];
        } catch (err) { /* not JSON */ }
        if (rawIds.has(id)) {
            return;  // the answer to one of our raw frames: not a CALLRESULT of a real call
        }
        emit({
            event: 'badMessage', frame: ev.buffer.toString(), error: describeError(ev.error),
            response: ev.response,
        });
    });
    p.on('disconnect', ({ code, reason }) => emit({ event: 'disconnect', code, reason }));
}

async function followUp(p, calls) {
    for (const { method, params } of calls) {
        try {
            emit({ event: 'followUp', method, result: await p.call(method, params) });
        } catch (err) {
            emit({ event: 'followUp', method, error: describeError(err) });
        }
    }
}

async function command(cmd) {
    if (cmd.op === 'close') {
        const closed = peer ? await peer.close({ code: 1000 }) : null;
        if (server) {
            await server.close();
            httpServer.close();
        }
        return { closed };
    }
    if (!peer) {
        throw new Error('no peer is connected');
    }
    if (cmd.op === 'call') {
        try {
            return { result: await peer.call(cmd.method, cmd.params) };
        } catch (err) {
            return { error: describeError(err) };
        }
    }
    if (cmd.op === 'raw') {
        const id = JSON.parse(cmd.frame)[1];
        rawIds.add(id);
        if (cmd.noReply) {
            peer.sendRaw(cmd.frame);
            return { sent: true };
        }
        const reply = new Promise((resolve, reject) => {
            rawWaiters.set(id, resolve);
            setTimeout(() => reject(new Error(`no answer to raw frame ${id}`)), CALL_TIMEOUT_MS);
        });
        peer.sendRaw(cmd.frame);
        return { reply: await reply };
    }
    throw new Error(`unknown op ${cmd.op}`);
}

async function main() {
    const lifetime = setTimeout(() => {
        emit({ event: 'fatal', message: 'lifetime exceeded' });
        process.exit(2);
    }, config.lifetimeMs ?? 60000);
    lifetime.unref();

    const input = readline.createInterface({ input: process.stdin });
    input.on('line', line => {
        let cmd;
        try {
            cmd = JSON.parse(line);
        } catch (err) {
            emit({ event: 'fatal', message: `unreadable command: ${line}` });
            return;
        }
        command(cmd).then(
            answer => {
                emit({ id: cmd.id, ...answer });
                if (cmd.op === 'close') {
                    process.exit(0);
                }
            },
            err => emit({ id: cmd.id, failed: String(err.message ?? err) }),
        );
    });
    input.on('close', () => process.exit(0));

    const version = require('ocpp-rpc/package.json').version;
    if (config.mode === 'server') {
        server = new RPCServer(strict);
        if (config.password !== undefined) {
            server.auth((accept, reject, handshake) => {
                const ok = handshake.password?.toString('utf8') === config.password;
                emit({ event: 'auth', identity: handshake.identity, ok });
                return ok ? accept() : reject(401, 'Unauthorized');
            });
        }
        server.on('client', client => {
            attach(client);
            emit({ event: 'connected', identity: client.identity, protocol: client.protocol });
        });
        httpServer = await server.listen(0, '127.0.0.1');
        emit({ event: 'ready', version, port: httpServer.address().port });
    } else {
        const client = new RPCClient({
            ...strict, endpoint: config.url, identity: config.identity, reconnect: false,
            password: config.password ?? null,
        });
        attach(client);
        await client.connect();
        emit({ event: 'ready', version, protocol: client.protocol });
    }
}

main().catch(err => {
    emit({ event: 'fatal', message: String(err.stack ?? err) });
    process.exit(1);
});
