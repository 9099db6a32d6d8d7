// Images imported by components: the build turns them into a URL; tests get this one.
module.exports = '/static/test-image.png';
