/**
 * Passwords of 10 or more characters that top the public breach lists (lower-cased). Shorter
 * ones are refused by the length rule already. A small list on purpose: it stops the guesses an
 * attacker tries first without shipping megabytes.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890', '0987654321', '12345678910', '123456789a', '123456789q', '1234567891', '1234512345',
  '1234554321', '1122334455', '1111111111', '0000000000', '5555555555', '9876543210', '1212121212',
  '123123123123', '1231231234', '147258369a', '1q2w3e4r5t', '1q2w3e4r5t6y', '1qaz2wsx3edc', 'zaq12wsxcde3',
  'q1w2e3r4t5', 'q1w2e3r4t5y6', 'a1b2c3d4e5', 'abc1234567', 'abcdefghij', 'abcd123456', 'qwertyuiop',
  'qwertyuiop1', 'qwertyuiop123', 'qwerty1234', 'qwerty12345', 'qwerty123456', 'asdfghjkl1', 'asdfghjkl123',
  'zxcvbnm123', 'qazwsxedc123', 'qazwsxedcrfv', '123qweasdzxc', 'password10', 'password11', 'password12',
  'password123', 'password1234', 'password12345', 'password123!', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123',
  'passwordpassword', 'mypassword1', 'mypassword123', 'iloveyou12', 'iloveyou123', 'iloveyou1234',
  'welcome123', 'welcome1234', 'welcome2024', 'welcome2025', 'welcome2026', 'changeme123', 'letmein123',
  'letmein1234', 'trustno1234', 'administrator', 'admin12345', 'admin123456', 'football123', 'baseball123',
  'basketball', 'basketball1', 'princess123', 'sunshine123', 'superman123', 'batman12345', 'starwars123',
  'michael123', 'charlie123', 'computer123', 'whatever123', 'monkey12345', 'dragon12345', 'master12345',
  'shadow1234', 'mustang123', 'jennifer123', 'hunter1234', 'freedom123', 'ashley1234', 'liverpool1',
  'chelsea123', 'arsenal123', 'juventus123', 'internet123', 'samsung123', 'pokemon123', 'minecraft1',
  'minecraft123', 'spiderman1', 'cheese1234', 'summer2024', 'summer2025', 'summer2026', 'winter2025',
  'autumn2025', 'spring2026', 'qwertyqwerty', 'aaaaaaaaaa', 'omcheckup123', 'consultant1', 'consultant123',
]);
