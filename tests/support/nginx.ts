/**
 * Runs the shipped deploy/nginx.conf in front of test servers. Only what differs per machine is
 * changed — the instances' addresses, the listening ports and the certificate paths (a
 * self-signed certificate made here) — so the suite tests the very file operators copy.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export type Nginx = {
	/** https://127.0.0.1:<port> — the proxy's TLS address. */
	url: string;
	/** The plain-http port that redirects to https. */
	httpPort: number;
	/** The self-signed certificate, for clients that must trust it. */
	ca: string;
	stop(): Promise<void>;
};

export type NginxOptions = {
	/**
	 * Connections one nginx worker holds at once, where a run needs more than the shipped file's
	 * (each phone takes two: its own and the one to its instance).
	 */
	workerConnections?: number;
};

export function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as AddressInfo;
			probe.close(() => resolvePort(port));
		});
		probe.on('error', reject);
	});
}

/** The shipped configuration with this machine's addresses, ports and certificate. */
export function localConfig(
	source: string,
	{
		upstreams,
		httpsPort,
		httpPort,
		cert,
		key,
		prefix,
		workerConnections
	}: {
		upstreams: string[];
		httpsPort: number;
		httpPort: number;
		cert: string;
		key: string;
		prefix: string;
	} & NginxOptions
): string {
	const replace = (
		text: string,
		pattern: RegExp,
		by: string | ((match: string, ...groups: string[]) => string)
	) => {
		if (!pattern.test(text)) throw new Error(`deploy/nginx.conf no longer has ${pattern}`);
		return typeof by === 'string' ? text.replace(pattern, by) : text.replace(pattern, by);
	};
	let conf = source;
	conf = replace(
		conf,
		/(upstream forsta \{[\s\S]*?)((?:\t*server [^\n]+\n)+)/,
		(_: string, head: string, servers: string) => {
			const options = /server \S+ ([^;]*);/.exec(servers)?.[1] ?? '';
			return head + upstreams.map((u) => `\t\tserver ${u} ${options};\n`).join('');
		}
	);
	conf = replace(conf, /listen 443 ssl;/, `listen 127.0.0.1:${httpsPort} ssl;`);
	conf = replace(conf, /listen 80;/, `listen 127.0.0.1:${httpPort};`);
	conf = replace(conf, /ssl_certificate \S+;/, `ssl_certificate ${cert};`);
	conf = replace(conf, /ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`);
	if (workerConnections !== undefined) {
		conf = replace(conf, /worker_connections \d+;/, `worker_connections ${workerConnections};`);
	}
	// Logs and temporary files stay in the test's own folder.
	conf = replace(
		conf,
		/http \{\n/,
		`http {\n\taccess_log ${prefix}/access.log;\n\tclient_body_temp_path ${prefix}/body;\n\tproxy_temp_path ${prefix}/proxy;\n`
	);
	return conf;
}

export async function startNginx(upstreams: string[], options: NginxOptions = {}): Promise<Nginx> {
	const prefix = mkdtempSync(join(tmpdir(), 'forsta-nginx-'));
	const cert = join(prefix, 'cert.pem');
	const key = join(prefix, 'key.pem');
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'1',
			'-subj',
			'/CN=127.0.0.1'
		].concat(['-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert]),
		{ stdio: 'ignore' }
	);
	const [httpsPort, httpPort] = [await freePort(), await freePort()];
	const conf = join(prefix, 'nginx.conf');
	writeFileSync(
		conf,
		localConfig(readFileSync(join(root, 'deploy/nginx.conf'), 'utf8'), {
			upstreams,
			httpsPort,
			httpPort,
			cert,
			key,
			prefix,
			...options
		})
	);
	const child: ChildProcess = spawn(
		NGINX,
		[
			'-p',
			prefix,
			'-c',
			conf,
			'-e',
			join(prefix, 'error.log'),
			'-g',
			`daemon off; pid ${prefix}/nginx.pid;`
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] }
	);
	// A test process that dies must not leave a proxy behind on the machine.
	const orphanGuard = () => child.kill('SIGKILL');
	process.once('exit', orphanGuard);
	child.once('exit', () => process.off('exit', orphanGuard));
	let errors = '';
	child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const url = `https://127.0.0.1:${httpsPort}`;
	await waitForPort(httpsPort, child, () => errors);
	return {
		url,
		httpPort,
		ca: readFileSync(cert, 'utf8'),
		stop: () =>
			new Promise<void>((done) => {
				const finish = () => {
					rmSync(prefix, { recursive: true, force: true });
					done();
				};
				if (child.exitCode !== null) return finish();
				child.once('exit', finish);
				child.kill('SIGQUIT');
			})
	};
}

/** nginx says nothing when it is ready: its port accepting a connection is the sign (bounded). */
async function waitForPort(port: number, child: ChildProcess, errors: () => string) {
	for (let attempt = 0; attempt < 200; attempt++) {
		if (child.exitCode !== null) throw new Error(`nginx exited: ${errors()}`);
		const open = await new Promise<boolean>((done) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => {
				socket.destroy();
				done(true);
			});
			socket.once('error', () => done(false));
		});
		if (open) return;
		await new Promise((retry) => setTimeout(retry, 50));
	}
	throw new Error(`nginx did not listen on ${port}: ${errors()}`);
}
