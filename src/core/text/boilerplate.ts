/**
 * Clipped web articles carry the site's furniture: "Suivez-nous sur Google Actualités", "Follow us on
 * LinkedIn", "Abonnez-vous à notre newsletter", cookie banners. Names there are where the site is
 * published, not what the article is about, so the recogniser does not report companies in them.
 */

const BOILERPLATE =
  /(?<![\p{L}])(?:suivez[- ]nous|suivez[- ]moi|retrouvez[- ](?:nous|moi)|abonnez[- ]vous|inscrivez[- ]vous|newsletter|ne rien manquer|notre profil|nos réseaux|partager sur|partagez|à lire aussi|lire aussi|tous droits réservés|cookies?|publicité|follow us|follow me|subscribe|sign up|share (?:this|on)|read more|related articles|all rights reserved|advertisement|download (?:our|the) app|téléchargez (?:notre|l')appli\p{L}*|votre écran d'accueil|your home screen)(?![\p{L}])/iu;

/** A line of share buttons: "[Facebook] [Twitter] [LinkedIn]", "Partager : X LinkedIn E-mail". */
const SHARE_LINE = /^[\s[\]()|·•:,-]*(?:(?:partager|share|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|e-?mail|imprimer|print|copier le lien|copy link|bluesky|threads)[\s[\]()|·•:,-]*)+$/iu;

export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence.replace(/[’ʼ]/g, '\'')) || SHARE_LINE.test(sentence);
}
