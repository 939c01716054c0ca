import { describe, expect, it } from 'vitest';
import { parseWorkshopInput } from './attach-input.js';

describe('parseWorkshopInput', () => {
  it('takes a bare id, or the id and key of a console link', () => {
    expect(parseWorkshopInput('  abcDEF123_-x ')).toEqual({ workshopId: 'abcDEF123_-x' });
    expect(parseWorkshopInput('https://samrad.example.se/f/abc123#key=K3y_secret-123')).toEqual({ workshopId: 'abc123', key: 'K3y_secret-123' });
    expect(parseWorkshopInput('http://192.168.1.5:3000/f/abc123')).toEqual({ workshopId: 'abc123' });
    expect(parseWorkshopInput('/f/abc123/#key=x%2Dy')).toEqual({ workshopId: 'abc123', key: 'x-y' });
  });

  it('gives nothing for other text', () => {
    expect(parseWorkshopInput('')).toBeNull();
    expect(parseWorkshopInput('https://samrad.example.se/w/K7M4QX')).toBeNull();
    expect(parseWorkshopInput('två ord')).toBeNull();
  });
});
