import { expect, test } from '@playwright/test';

const screenshots = 'e2e-screenshots';

test('a guest signs in and sees the fleet of models on the AI DevOps page', async ({
  page,
}) => {
  await page.goto('/');

  // Sign in the way a person does: the guest provider's Enter button.
  await page.getByRole('button', { name: 'Enter' }).click();
  const nav = page.getByRole('navigation', { name: 'sidebar nav' });
  await expect(
    nav.getByRole('link', { name: 'Catalog', exact: true }),
  ).toBeVisible();
  await page.screenshot({ path: `${screenshots}/catalog.png`, fullPage: true });

  await nav.getByRole('link', { name: 'AI DevOps' }).click();
  await expect(page).toHaveURL(/\/aiops$/);
  await expect(page.getByRole('heading', { name: 'Fleet' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Churn classifier' }),
  ).toBeVisible();
  await page.screenshot({
    path: `${screenshots}/aiops-fleet.png`,
    fullPage: true,
  });
});
