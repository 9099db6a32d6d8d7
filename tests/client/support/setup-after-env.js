// findBy… and waitFor wait up to 5 s instead of testing-library's 1 s: Taro renders its native inputs
// a tick after the page, and on a loaded machine (the whole suite on two cores) that tick can take over
// a second. A test that should fail still fails; it only waits longer before saying so.
require('@testing-library/react').configure({ asyncUtilTimeout: 5000 });
