import { expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process';

/** A server of its own, with a presenter password, beside the suite's open one. */
let server: ServerProcess;
test.beforeAll(async () => {
	server = await startServerProcess(mkdtempSync(join(tmpdir(), 'forsta-login-')), {
		PRESENTER_PASSWORD: 'rigtig-kode-123'
	});
});
test.afterAll(async () => {
	await stopServerProcess(server, 'SIGTERM');
});

test('a wrong password shows the error and a usable field again; the right one then logs in', async ({
	page
}) => {
	await page.goto(`${server.url}/`);
	await expect(page).toHaveURL(/\/login\?to=%2F$/);
	const field = page.getByTestId('login-password');

	await field.fill('forkert-kode');
	await field.press('Enter');
	await expect(page.getByRole('alert')).toBeVisible();
	await expect(page).toHaveURL(/\/login/);
	await expect(field).toBeEditable();
	await expect(field).toHaveValue('');

	await field.fill('rigtig-kode-123');
	await page.getByRole('button', { name: /log ind|log in/i }).click();
	await expect(page).toHaveURL(`${server.url}/`);
	await expect(page.getByTestId('sessions-link')).toBeVisible();
});
