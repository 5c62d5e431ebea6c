import { describe, expect, it } from 'vitest';
import { slideCommand, type SlideKeyEvent } from './slide-keys';

const press = (key: string, over: Partial<SlideKeyEvent> = {}): SlideKeyEvent => ({
  key, altKey: false, ctrlKey: false, metaKey: false, targetTag: 'DIV', targetEditable: false, ...over,
});

describe('slideCommand', () => {
  it.each([
    ['ArrowRight', 'next'], ['ArrowDown', 'next'], ['PageDown', 'next'], [' ', 'next'],
    ['ArrowLeft', 'previous'], ['ArrowUp', 'previous'], ['PageUp', 'previous'],
    ['Home', 'first'], ['End', 'last'], ['f', 'fullscreen'], ['F', 'fullscreen'], ['x', null], ['Enter', null],
  ])('should map %j to %s', (key, command) => {
    expect(slideCommand(press(key))).toBe(command);
  });

  it.each(['INPUT', 'TEXTAREA', 'SELECT', 'input'])('should ignore keys while typing in %s', (tag) => {
    expect(slideCommand(press('ArrowRight', { targetTag: tag }))).toBeNull();
    expect(slideCommand(press('f', { targetTag: tag }))).toBeNull();
  });

  it('should ignore keys in an editable element and with modifiers', () => {
    expect(slideCommand(press('f', { targetEditable: true }))).toBeNull();
    expect(slideCommand(press('f', { ctrlKey: true }))).toBeNull();
    expect(slideCommand(press('ArrowRight', { altKey: true }))).toBeNull();
    expect(slideCommand(press('Home', { metaKey: true }))).toBeNull();
  });

  it('should leave Space to buttons and links, but move on with arrows from them', () => {
    expect(slideCommand(press(' ', { targetTag: 'BUTTON' }))).toBeNull();
    expect(slideCommand(press(' ', { targetTag: 'A' }))).toBeNull();
    expect(slideCommand(press('ArrowRight', { targetTag: 'BUTTON' }))).toBe('next');
  });
});
