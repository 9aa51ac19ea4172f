import { ConfigReader } from '@backstage/config';
import { JsonValue } from '@backstage/types';
import { costOfUsage } from '@unified-aiops/plugin-aiops-common';
import { readTokenPrices } from './tokenPrices';

describe('token prices', () => {
  const config = (tokenPrices: JsonValue) =>
    new ConfigReader({ aiops: { costs: { tokenPrices } } });

  it('prices uncached input, cached input and output tokens', () => {
    const prices = readTokenPrices(
      config([
        {
          model: 'gpt-4o-mini',
          inputPerMillion: 0.15,
          outputPerMillion: 0.6,
          cachedInputPerMillion: 0.075,
        },
        {
          model: 'claude-3.5-haiku',
          inputPerMillion: 0.8,
          outputPerMillion: 4,
        },
      ]),
    );
    // 1,000 input of which 400 cached, 200 output
    expect(
      costOfUsage(prices.get('gpt-4o-mini')!, {
        input: 1000,
        cachedInput: 400,
        output: 200,
      }),
    ).toBeCloseTo((600 * 0.15 + 400 * 0.075 + 200 * 0.6) / 1e6, 15);
    // no cached price: cached input costs the input price
    expect(
      costOfUsage(prices.get('claude-3.5-haiku')!, {
        input: 1000,
        cachedInput: 400,
      }),
    ).toBeCloseTo((1000 * 0.8) / 1e6, 15);
    expect(costOfUsage(prices.get('gpt-4o-mini')!, {})).toBeUndefined();
    expect(readTokenPrices(new ConfigReader({})).size).toBe(0);
  });

  it('stops at start on a price that is missing, negative or given twice', () => {
    expect(() =>
      readTokenPrices(config([{ model: 'm', inputPerMillion: 1 }])),
    ).toThrow(
      'aiops.costs.tokenPrices[0] (m) needs inputPerMillion and outputPerMillion',
    );
    expect(() =>
      readTokenPrices(
        config([{ model: 'm', inputPerMillion: -1, outputPerMillion: 1 }]),
      ),
    ).toThrow(
      'aiops.costs.tokenPrices[0].inputPerMillion must be a price of 0 or more, not -1',
    );
    expect(() =>
      readTokenPrices(
        config([
          { model: 'm', inputPerMillion: 1, outputPerMillion: 1 },
          { model: 'm', inputPerMillion: 2, outputPerMillion: 2 },
        ]),
      ),
    ).toThrow('aiops.costs.tokenPrices names m twice (entry 1 again)');
  });
});
