/**
 * Class/id vocabulary. These are markup conventions, not language words, so they
 * live here rather than in a language pack. Each entry is matched against single
 * class tokens (split on space, '-' and '_'), never as a raw substring: "ad" must
 * not hit "header", "read" or "shadow".
 */

/** Tokens whose presence marks a whole element as boilerplate, with the reason recorded. */
export const NEGATIVE_TOKENS: Record<string, string> = {
  comment: 'comments', comments: 'comments', commentaires: 'comments', disqus: 'comments', respond: 'comments', reactions: 'comments',
  share: 'share', sharing: 'share', shares: 'share', social: 'share', sociaux: 'share', sharebar: 'share', addthis: 'share', partage: 'share',
  related: 'related', relatedposts: 'related', recommended: 'related', recommendations: 'related', recirculation: 'related', outbrain: 'related', taboola: 'related', trending: 'related', popular: 'related', mostread: 'related', readmore: 'related', lireaussi: 'related', aussi: 'related', teaser: 'related', teasers: 'related', more: 'related',
  newsletter: 'newsletter', subscribe: 'newsletter', subscription: 'newsletter', signup: 'newsletter', paywall: 'newsletter', inscription: 'newsletter', optin: 'newsletter',
  cookie: 'cookie', cookies: 'cookie', consent: 'cookie', gdpr: 'cookie', cmp: 'cookie',
  ad: 'ad', ads: 'ad', advert: 'ad', advertisement: 'ad', advertising: 'ad', adslot: 'ad', adsbygoogle: 'ad', dfp: 'ad', gpt: 'ad', sponsor: 'ad', sponsored: 'ad', promo: 'ad', promoted: 'ad', pub: 'ad', publicite: 'ad', banner: 'ad', commercial: 'ad',
  sidebar: 'navigation', widget: 'navigation', breadcrumb: 'navigation', breadcrumbs: 'navigation', pagination: 'navigation', pager: 'navigation', menu: 'navigation', nav: 'navigation', navbar: 'navigation', navigation: 'navigation', footer: 'navigation', masthead: 'navigation', toolbar: 'navigation', skip: 'navigation', topbar: 'navigation',
  credit: 'credit', credits: 'credit', copyright: 'credit',
  popup: 'overlay', modal: 'overlay', overlay: 'overlay', lightbox: 'overlay',
  tags: 'tags', tag: 'tags', taglist: 'tags', keywords: 'tags', topics: 'tags',
  print: 'tools', tools: 'tools', utility: 'tools', hidden: 'hidden', hide: 'hidden', visually: 'hidden', srOnly: 'hidden', sr: 'hidden',
  byline: 'byline', author: 'byline', bio: 'byline', timestamp: 'byline', dateline: 'byline', meta: 'byline',
};

/**
 * Negative tokens that are too weak to remove an element on their own; they only
 * lower a candidate's score. (An article wrapper may well be "post-meta-wrapper".)
 */
export const WEAK_NEGATIVE = new Set(['more', 'meta', 'author', 'bio', 'timestamp', 'byline', 'dateline', 'tag', 'tags', 'topics', 'banner', 'footer', 'widget', 'sidebar', 'hidden', 'hide', 'print', 'tools', 'utility', 'credit', 'commercial', 'popular', 'teaser', 'aussi', 'pub', 'sr', 'skip', 'keywords', 'reactions', 'respond']);

/** Tokens that suggest the main text. */
export const POSITIVE_TOKENS = new Set([
  'article', 'articlebody', 'body', 'content', 'entry', 'main', 'page', 'post', 'text', 'blog', 'story', 'storybody', 'prose', 'rich', 'richtext', 'paragraph', 'corps', 'texte', 'contenu', 'chapo', 'copy', 'news', 'detail', 'td',
]);

/** Tags whose whole subtree never holds article text. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'track', 'map', 'head',
  'button', 'input', 'select', 'textarea', 'option', 'nav', 'aside', 'footer', 'dialog', 'menu', 'link', 'meta',
]);
