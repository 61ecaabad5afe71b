'use strict';
// One OCPP-S peer run by ts-ocpp or node-soap, for tests/test_soap_node.py.
//
//   node driver.js '<config JSON>'
//
// config.mode:
//   "ts-cs"       ts-ocpp's CentralSystem (OCPP 1.5-S and 1.6-J on one port, SOAP at "/").
//                 config.answers: {"v1.5-soap" or "v1.6-json": {Action: payload}} answers the
//                 stations' requests.
//                 command {"op": "send", "chargePointId", "url", "action", "payload"}: its
//                 sendRequest to a 1.5-S charge point -> {"result": R} or {"error": {...}}
//   "node-soap"   node-soap's client (config.client: {wsdl, endpoint, soap11: write SOAP 1.1
//                 envelopes}) and/or server
//                 (config.server: {wsdl, service, answers: {Operation: payload}}: soap.listen
//                 serving the WSDL at "/"; an operation without an answer gets a SOAP fault).
//                 command {"op": "call", "operation", "args", "headers": [[object, name,
//                 namespace prefix, namespace] or [xml text], ...], "replace": [[regex, text],
//                 ...], "httpHeaders": {name: value}}: the operation called with those SOAP
//                 headers (addSoapHeader) and HTTP headers, the request text rewritten by
//                 "replace" first -> {"result", "header", "request",
//                 "response", "status", "contentType"} or {"error": {...}}
// Events and answers go to stdout as JSON lines; commands come from stdin as JSON lines
// ({"id": n, "op": ...} -> {"id": n, ...}). "ready" carries the port and the versions used.
// It exits when stdin ends, or after config.lifetimeMs whatever happens.

const fs = require('fs');
const http = require('http');
const path = require('path');
const readline = require('readline');

const config = JSON.parse(process.argv[2]);

function emit(obj) {
    process.stdout.write(JSON.stringify(obj) + '\n');
}

function versionOf(name, from) {
    const file = require.resolve(`${name}/package.json`, { paths: [from ?? __dirname] });
    return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

function describeError(err) {
    return {
        name: err?.constructor?.name ?? 'Error',
        message: String(err?.message ?? err),
        status: err?.response?.status ?? null,
        body: typeof err?.body === 'string' ? err.body : null,
        root: err?.root ?? null,
    };
}

// -- ts-ocpp's central system -----------------------------------------------------------------

function tsCentralSystem() {
    const { CentralSystem } = require('@voltbras/ts-ocpp');
    const tsDir = path.dirname(require.resolve('@voltbras/ts-ocpp/package.json'));
    const central = new CentralSystem(0, async (request, { chargePointId, httpRequest }) => {
        const { action, ocppVersion, ...payload } = request;
        emit({
            event: 'request', action, ocppVersion, payload, chargePointId,
            contentType: httpRequest?.headers?.['content-type'] ?? null,
        });
        const answer = config.answers?.[ocppVersion]?.[action];
        if (answer === undefined) {
            return undefined;  // ts-ocpp answers with a fault
        }
        return { action, ocppVersion, ...answer };
    }, {
        host: '127.0.0.1',
        onRawSoapData: (type, data) => emit({ event: 'raw', type, data: String(data) }),
    });
    central.httpServer.on('listening', () => emit({
        event: 'ready', port: central.httpServer.address().port,
        versions: { 'ts-ocpp': versionOf('@voltbras/ts-ocpp'), soap: versionOf('soap', tsDir) },
    }));
    return async cmd => {
        if (cmd.op !== 'send') {
            throw new Error(`unknown op ${cmd.op}`);
        }
        const outcome = await central.sendRequest({
            chargePointId: cmd.chargePointId, chargePointUrl: cmd.url,
            ocppVersion: 'v1.5-soap', action: cmd.action, payload: cmd.payload,
        }).run();
        return outcome.caseOf({
            Left: err => ({ error: describeError(err) }),
            Right: result => ({ result }),
        });
    };
}

// -- node-soap as a client --------------------------------------------------------------------

async function soapClient(options) {
    const soap = require('soap');
    const client = await soap.createClientAsync(options.wsdl, {
        endpoint: options.endpoint, forceSoap12Headers: !options.soap11,
    });
    return async cmd => {
        if (cmd.op !== 'call') {
            throw new Error(`unknown op ${cmd.op}`);
        }
        client.clearSoapHeaders();
        client.clearHttpHeaders();
        for (const [object, name, prefix, namespace] of cmd.headers ?? []) {
            client.addSoapHeader(object, name, prefix, namespace);
        }
        for (const [name, value] of Object.entries(cmd.httpHeaders ?? {})) {
            client.addHttpHeader(name, value);
        }
        const postProcess = xml => (cmd.replace ?? []).reduce(
            (text, [pattern, by]) => text.replace(new RegExp(pattern, 'g'), by), xml);
        let received = null;
        const onResponse = (body, response) => {
            received = {
                status: response?.status ?? null,
                contentType: response?.headers?.['content-type'] ?? null,
            };
        };
        client.once('response', onResponse);
        try {
            const [result, response, header, request] = await client[`${cmd.operation}Async`](
                cmd.args, { postProcess });
            return { result, header: header ?? null, request, response, ...received };
        } catch (err) {
            return { error: describeError(err), request: client.lastRequest, ...received };
        } finally {
            client.removeListener('response', onResponse);
        }
    };
}

// -- node-soap as a server --------------------------------------------------------------------

async function soapServer(options) {
    const soap = require('soap');
    const xml = fs.readFileSync(options.wsdl, 'utf8');
    const operations = {};
    const definitions = xml.match(/<wsdl:operation name="[A-Za-z]+">/g) ?? [];
    for (const tag of definitions) {
        const operation = tag.match(/name="([A-Za-z]+)"/)[1];
        operations[operation] = (args, callback, headers) => {
            emit({ event: 'request', operation, args, headers: headers ?? null });
            const answer = options.answers?.[operation];
            if (answer === undefined) {
                throw {
                    Fault: {
                        Code: { Value: 'soap:Receiver', Subcode: { value: 'NotSupported' } },
                        Reason: { Text: `no answer for ${operation}` },
                        statusCode: 500,
                    },
                };
            }
            return answer;
        };
    }
    const server = http.createServer();
    const service = options.service;
    const listener = soap.listen(server, {
        path: '/', xml, services: { [service]: { [`${service}Soap12`]: operations } },
        forceSoap12Headers: true,
    });
    listener.log = (type, data) => {
        if (type === 'received' || type === 'replied') {
            emit({ event: 'raw', type, data: String(data) });
        }
    };
    await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
    return server.address().port;
}

// node-soap: a client (config.client: {wsdl, endpoint}), a server (config.server: {wsdl,
// service, answers}), or both: a station that calls and is called.
async function nodeSoap() {
    const port = config.server ? await soapServer(config.server) : null;
    const call = config.client ? await soapClient(config.client) : null;
    emit({ event: 'ready', port, versions: { soap: versionOf('soap') } });
    return async cmd => {
        if (!call) {
            throw new Error('no client is configured');
        }
        return call(cmd);
    };
}

async function main() {
    const lifetime = setTimeout(() => {
        emit({ event: 'fatal', message: 'lifetime exceeded' });
        process.exit(2);
    }, config.lifetimeMs ?? 60000);
    lifetime.unref();
    const modes = { 'ts-cs': tsCentralSystem, 'node-soap': nodeSoap };
    const mode = modes[config.mode];
    if (!mode) {
        throw new Error(`unknown mode ${config.mode}`);
    }
    const command = await mode();
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
            answer => emit({ id: cmd.id, ...answer }),
            err => emit({ id: cmd.id, failed: String(err?.stack ?? err) }),
        );
    });
    input.on('close', () => process.exit(0));
}

main().catch(err => {
    emit({ event: 'fatal', message: String(err?.stack ?? err) });
    process.exit(1);
});
