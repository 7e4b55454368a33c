/**
 * Clipped web articles carry the site's furniture: "Suivez-nous sur Google Actualités", "Follow us on
 * LinkedIn", "Abonnez-vous à notre newsletter", cookie banners. Names there are where the site is
 * published, not what the article is about, so the recogniser does not report companies in them.
 */

/** Phrases that only the site's furniture uses: a sentence holding one is furniture, however long. */
const FURNITURE_ONLY =
  /(?<![\p{L}])(?:suivez[- ]nous|suivez[- ]moi|retrouvez[- ](?:nous|moi)|abonnez[- ]vous|inscrivez[- ]vous|ne rien manquer|notre profil|à lire aussi|lire aussi|read more|nos réseaux|partager sur|tous droits réservés|follow us|follow me|share (?:this|on)|related articles|all rights reserved|download (?:our|the) app|téléchargez (?:notre|l')appli\p{L}*|votre écran d'accueil|your home screen)(?![\p{L}])/iu;

/**
 * Words the furniture uses that articles use too ("la publicité en ligne", "the newsletter of the Financial
 * Times"): they make only a short sentence furniture ("Publicité", "Subscribe to our newsletter").
 */
const FURNITURE_WORDS =
  /(?<![\p{L}])(?:newsletter|cookies?|publicité|partagez|subscribe|sign up|advertisement)(?![\p{L}])/iu;
/** How many words a sentence holding only a furniture word may have and still be furniture. */
const SHORT_SENTENCE_WORDS = 16;

/** A line of share buttons: "[Facebook] [Twitter] [LinkedIn]", "Partager : X LinkedIn E-mail". */
const SHARE_LINE = /^[\s[\]()|·•:,-]*(?:(?:partager|share|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|e-?mail|imprimer|print|copier le lien|copy link|bluesky|threads)[\s[\]()|·•:,-]*)+$/iu;

export function isBoilerplate(sentence: string): boolean {
  const text = sentence.replace(/[’ʼ]/g, '\'');
  return FURNITURE_ONLY.test(text) || (FURNITURE_WORDS.test(text) && isShort(text)) || SHARE_LINE.test(sentence);
}

/** Whether a sentence has at most SHORT_SENTENCE_WORDS words (counted without splitting a long one). */
function isShort(text: string): boolean {
  const word = /\S+/g;
  for (let words = 0; word.exec(text); ) if (++words > SHORT_SENTENCE_WORDS) return false;
  return true;
}
