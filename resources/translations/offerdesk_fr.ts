<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>App</name>
    <message>
        <source>Base de données inutilisable :
{0}</source>
        <translation>Base de données inutilisable :
{0}</translation>
    </message>
    <message>
        <source>Base de données endommagée :
{0}</source>
        <translation>Base de données endommagée :
{0}</translation>
    </message>
    <message>
        <source>Ouverture impossible :
{0}</source>
        <translation>Ouverture impossible :
{0}</translation>
    </message>
    <message>
        <source>Vérification et sauvegarde de la base…</source>
        <translation>Vérification et sauvegarde de la base…</translation>
    </message>
    <message>
        <source>offerdesk : OfferDesk est déjà ouvert sur cette base de données ; sa fenêtre a été mise au premier plan.</source>
        <translation>offerdesk : OfferDesk est déjà ouvert sur cette base de données ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>OfferDesk est déjà ouvert sur cette base de données, mais sa fenêtre ne répond pas (elle démarre encore, ou elle est bloquée). Un seul OfferDesk à la fois peut écrire dans une base : attendez un instant et réessayez, ou fermez l'autre fenêtre.</source>
        <translation>OfferDesk est déjà ouvert sur cette base de données, mais sa fenêtre ne répond pas (elle démarre encore, ou elle est bloquée). Un seul OfferDesk à la fois peut écrire dans une base : attendez un instant et réessayez, ou fermez l'autre fenêtre.</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Produit</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Mensuel HT</translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation>Installation HT</translation>
    </message>
    <message>
        <source>{0}
Engagements possibles : {1} mois</source>
        <translation>{0}
Engagements possibles : {1} mois</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Chercher (code, nom, description)…</source>
        <translation>Chercher (code, nom, description)…</translation>
    </message>
    <message>
        <source>Importer un catalogue…</source>
        <translation>Importer un catalogue…</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <source>%n produit(s) affiché(s) sur {0}</source>
        <translation>
            <numerusform>%n produit affiché sur {0}</numerusform>
            <numerusform>%n produits affichés sur {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer un catalogue</source>
        <translation>Importer un catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Catalogues (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import du catalogue {0}…</source>
        <translation>Import du catalogue {0}…</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Catalogue importé</source>
        <translation>Catalogue importé</translation>
    </message>
    <message>
        <source>Le catalogue {0} ({1} produits) est maintenant en vigueur.</source>
        <translation>Le catalogue {0} ({1} produits) est maintenant en vigueur.</translation>
    </message>
    <message>
        <source>Aucune remarque.</source>
        <translation>Aucune remarque.</translation>
    </message>
    <message>
        <source>Catalogue refusé</source>
        <translation>Catalogue refusé</translation>
    </message>
    <message numerus="yes">
        <source>Le fichier {0} contient %n erreur(s) ; rien n'a été importé.</source>
        <translation>
            <numerusform>Le fichier {0} contient %n erreur ; rien n'a été importé.</numerusform>
            <numerusform>Le fichier {0} contient %n erreurs ; rien n'a été importé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Rechercher un client (nom)…</source>
        <translation>Rechercher un client (nom)…</translation>
    </message>
    <message>
        <source>Nouveau client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>Aucun client choisi</source>
        <translation>Aucun client choisi</translation>
    </message>
    <message>
        <source>Nouveau site : adresse d'installation</source>
        <translation>Nouveau site : adresse d'installation</translation>
    </message>
    <message>
        <source>Ajouter le site</source>
        <translation>Ajouter le site</translation>
    </message>
    <message>
        <source>Site d'installation</source>
        <translation>Site d'installation</translation>
    </message>
    <message>
        <source>Créer « {0} »…</source>
        <translation>Créer « {0} »…</translation>
    </message>
    <message>
        <source>(adresse du siège)</source>
        <translation>(adresse du siège)</translation>
    </message>
</context>
<context>
    <name>ClientStep</name>
    <message>
        <source>Le client a lu et accepte les conditions générales de vente du {date}, jointes à l'offre (version « {label} »).</source>
        <translation>Le client a lu et accepte les conditions générales de vente du {date}, jointes à l'offre (version « {label} »).</translation>
    </message>
    <message>
        <source>Le client renonce expressément à la fourniture d'un récapitulatif contractuel (article 15 des CGV ; article 113 de la loi du 17 décembre 2021).</source>
        <translation>Le client renonce expressément à la fourniture d'un récapitulatif contractuel (article 15 des CGV ; article 113 de la loi du 17 décembre 2021).</translation>
    </message>
    <message>
        <source>Le client déclare être :</source>
        <translation>Le client déclare être :</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>par ex. gérant, directeur administratif</source>
        <translation>par ex. gérant, directeur administratif</translation>
    </message>
    <message>
        <source>&amp;Nom du signataire</source>
        <translation>&amp;Nom du signataire</translation>
    </message>
    <message>
        <source>&amp;Fonction</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Signature du client, précédée de « Lu et approuvé »</source>
        <translation>Signature du client, précédée de « Lu et approuvé »</translation>
    </message>
    <message>
        <source>1. Acceptation par le client</source>
        <translation>1. Acceptation par le client</translation>
    </message>
    <message>
        <source>le {date} à {time}</source>
        <translation>le {date} à {time}</translation>
    </message>
    <message>
        <source>accepter les CGV</source>
        <translation>accepter les CGV</translation>
    </message>
    <message>
        <source>cocher la renonciation au récapitulatif contractuel</source>
        <translation>cocher la renonciation au récapitulatif contractuel</translation>
    </message>
    <message>
        <source>déclarer la taille de l'entreprise</source>
        <translation>déclarer la taille de l'entreprise</translation>
    </message>
    <message>
        <source>indiquer le nom du signataire</source>
        <translation>indiquer le nom du signataire</translation>
    </message>
    <message>
        <source>indiquer la fonction du signataire</source>
        <translation>indiquer la fonction du signataire</translation>
    </message>
    <message>
        <source>indiquer le lieu</source>
        <translation>indiquer le lieu</translation>
    </message>
    <message>
        <source>faire signer le client</source>
        <translation>faire signer le client</translation>
    </message>
    <message>
        <source>signature du client trop courte : signer à nouveau</source>
        <translation>signature du client trop courte : signer à nouveau</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Rechercher un client…</source>
        <translation>Rechercher un client…</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation>Aucun résultat pour « {0} »</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Recto verso</source>
        <translation>Recto verso</translation>
    </message>
    <message>
        <source>de</source>
        <translation>de</translation>
    </message>
    <message>
        <source>à</source>
        <translation>à</translation>
    </message>
    <message>
        <source>(sur {n})</source>
        <translation>(sur {n})</translation>
    </message>
    <message>
        <source>&amp;Imprimante :</source>
        <translation>&amp;Imprimante :</translation>
    </message>
    <message>
        <source>&amp;Exemplaires :</source>
        <translation>&amp;Exemplaires :</translation>
    </message>
    <message>
        <source>Pages :</source>
        <translation>Pages :</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation>Signée le</translation>
    </message>
    <message>
        <source>Mise en service</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation>à renseigner</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Terme</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Préavis avant le</source>
        <translation>Préavis avant le</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Mensuel HT</translation>
    </message>
    <message>
        <source>Enregistrer la mise en service…</source>
        <translation>Enregistrer la mise en service…</translation>
    </message>
    <message>
        <source>Contrats signés : les préavis des six prochains mois en premier (à renouveler).</source>
        <translation>Contrats signés : les préavis des six prochains mois en premier (à renouveler).</translation>
    </message>
    <message numerus="yes">
        <source>%n contrat(s), dont {0} avec un préavis dans les six mois</source>
        <translation>
            <numerusform>%n contrat, dont {0} avec un préavis dans les six mois</numerusform>
            <numerusform>%n contrats, dont {0} avec un préavis dans les six mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d'abord un contrat.</source>
        <translation>Choisissez d'abord un contrat.</translation>
    </message>
    <message>
        <source>Date de mise en service du contrat {0}</source>
        <translation>Date de mise en service du contrat {0}</translation>
    </message>
    <message>
        <source>Date refusée</source>
        <translation>Date refusée</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>L'offre contient des modifications non enregistrées. Les enregistrer ?</source>
        <translation>L'offre contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Date de l'offre</source>
        <translation>Date de l'offre</translation>
    </message>
    <message>
        <source>Date de validité</source>
        <translation>Date de validité</translation>
    </message>
    <message>
        <source>Durée d'engagement</source>
        <translation>Durée d'engagement</translation>
    </message>
    <message>
        <source>Durée de reconduction</source>
        <translation>Durée de reconduction</translation>
    </message>
    <message>
        <source>Délai de mise en service</source>
        <translation>Délai de mise en service</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Documents à fournir</source>
        <translation>Documents à fournir</translation>
    </message>
    <message>
        <source>Conditions particulières</source>
        <translation>Conditions particulières</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Site d'installation</source>
        <translation>Site d'installation</translation>
    </message>
    <message>
        <source>Lignes de l'offre</source>
        <translation>Lignes de l'offre</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Lieu de signature</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <source>Date de mise en service</source>
        <translation>Date de mise en service</translation>
    </message>
    <message>
        <source>Taille de l'entreprise</source>
        <translation>Taille de l'entreprise</translation>
    </message>
    <message>
        <source>Langue du document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Langue préférée</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <source>N° RCS</source>
        <translation>N° RCS</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Texte des CGV</source>
        <translation>Texte des CGV</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Certificat de scellement</source>
        <translation>Certificat de scellement</translation>
    </message>
    <message>
        <source>Racine de confiance de l'entreprise</source>
        <translation>Racine de confiance de l'entreprise</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Produit</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Remise sur la mensualité</source>
        <translation>Remise sur la mensualité</translation>
    </message>
    <message>
        <source>Remise sur l'installation</source>
        <translation>Remise sur l'installation</translation>
    </message>
    <message>
        <source>Taux normal</source>
        <translation>Taux normal</translation>
    </message>
    <message>
        <source>Taux intermédiaire</source>
        <translation>Taux intermédiaire</translation>
    </message>
    <message>
        <source>Taux réduit</source>
        <translation>Taux réduit</translation>
    </message>
    <message>
        <source>Taux super-réduit</source>
        <translation>Taux super-réduit</translation>
    </message>
    <message>
        <source>Adresse du client</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Code postal du client</source>
        <translation>Code postal du client</translation>
    </message>
    <message>
        <source>Localité du client</source>
        <translation>Localité du client</translation>
    </message>
    <message>
        <source>Nom du signataire</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signature du client</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Nom du représentant</source>
        <translation>Nom du représentant</translation>
    </message>
    <message>
        <source>Signature du représentant</source>
        <translation>Signature du représentant</translation>
    </message>
    <message>
        <source>Ligne {0}, {1}</source>
        <translation>Ligne {0}, {1}</translation>
    </message>
    <message>
        <source>{0} : {1}</source>
        <translation>{0} : {1}</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu.
Les détails techniques ont été écrits dans : {0}</source>
        <translation>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu.
Les détails techniques ont été écrits dans : {0}</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Produit</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Qté</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Mens. unit.</source>
        <translation>Mens. unit.</translation>
    </message>
    <message>
        <source>Remise</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Mensuel HT</translation>
    </message>
    <message>
        <source>Inst. unit.</source>
        <translation>Inst. unit.</translation>
    </message>
    <message>
        <source>Remise inst.</source>
        <translation>Remise inst.</translation>
    </message>
    <message>
        <source>Install. HT</source>
        <translation>Install. HT</translation>
    </message>
    <message>
        <source>Redevance mensuelle unitaire HT</source>
        <translation>Redevance mensuelle unitaire HT</translation>
    </message>
    <message>
        <source>Remise sur la redevance mensuelle (%)</source>
        <translation>Remise sur la redevance mensuelle (%)</translation>
    </message>
    <message>
        <source>Frais d'installation unitaires HT, indexés</source>
        <translation>Frais d'installation unitaires HT, indexés</translation>
    </message>
    <message>
        <source>Remise sur les frais d'installation (%)</source>
        <translation>Remise sur les frais d'installation (%)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Offres</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Échéances</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>OfferDesk</source>
        <translation>OfferDesk</translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Bienvenue dans OfferDesk</source>
        <translation>Bienvenue dans OfferDesk</translation>
    </message>
    <message>
        <source>Avant la première offre, saisissez votre nom et votre code de représentant (il figure dans les numéros d'offre, ex. OF-2026-JDU-0042), puis enregistrez.</source>
        <translation>Avant la première offre, saisissez votre nom et votre code de représentant (il figure dans les numéros d'offre, ex. OF-2026-JDU-0042), puis enregistrez.</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Présenter et signer</source>
        <translation>Présenter et signer</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Offre</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Base : {0}</source>
        <translation>Base : {0}</translation>
    </message>
    <message>
        <source>Catalogue {0} ({1}, aujourd'hui)</source>
        <translation>Catalogue {0} ({1}, aujourd'hui)</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue {0} ({1}, il y a %n j)</source>
        <translation>
            <numerusform>Catalogue {0} ({1}, il y a %n j)</numerusform>
            <numerusform>Catalogue {0} ({1}, il y a %n j)</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue {0}</source>
        <translation>Catalogue {0}</translation>
    </message>
    <message>
        <source>Cote STATEC {0} depuis le {1}</source>
        <translation>Cote STATEC {0} depuis le {1}</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Le mode signature n'est pas disponible.</source>
        <translation>Le mode signature n'est pas disponible.</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>L'impression n'est pas disponible.</source>
        <translation>L'impression n'est pas disponible.</translation>
    </message>
</context>
<context>
    <name>NewClientForm</name>
    <message>
        <source>adresse e-mail non valable, p. ex. contact@exemple.lu</source>
        <translation>adresse e-mail non valable, p. ex. contact@exemple.lu</translation>
    </message>
    <message>
        <source>Nouveau client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>ex. 5, rue du Fort, L-1234 Luxembourg</source>
        <translation>ex. 5, rue du Fort, L-1234 Luxembourg</translation>
    </message>
    <message>
        <source>La langue des offres et des contrats de ce client</source>
        <translation>La langue des offres et des contrats de ce client</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>&lt;small&gt;Les champs suivants sont facultatifs.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Les champs suivants sont facultatifs.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Langue préférée</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <source>N° RCS</source>
        <translation>N° RCS</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Créer le client</source>
        <translation>Créer le client</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>← Liste des offres</source>
        <translation>← Liste des offres</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Présenter</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Présenter et signer…</source>
        <translation>Présenter et signer…</translation>
    </message>
    <message>
        <source>Enregistre, présente l'offre et ouvre le mode signature (F9)</source>
        <translation>Enregistre, présente l'offre et ouvre le mode signature (F9)</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation>Nouvelle révision</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Chercher dans le catalogue (code, nom, description)…</source>
        <translation>Chercher dans le catalogue (code, nom, description)…</translation>
    </message>
    <message>
        <source>Ajouter à l'offre</source>
        <translation>Ajouter à l'offre</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Catalogue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes de l'offre&lt;/b&gt; (glisser un produit ici)</source>
        <translation>&lt;b&gt;Lignes de l'offre&lt;/b&gt; (glisser un produit ici)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>{0} — révision {1}</source>
        <translation>{0} — révision {1}</translation>
    </message>
    <message>
        <source>Offre {0}</source>
        <translation>Offre {0}</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Cette offre est {0} : elle ne peut plus être modifiée. Créez une nouvelle révision ou dupliquez-la.</source>
        <translation>Cette offre est {0} : elle ne peut plus être modifiée. Créez une nouvelle révision ou dupliquez-la.</translation>
    </message>
    <message>
        <source>Signer…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Enregistrée</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Modifier les conditions</source>
        <translation>Modifier les conditions</translation>
    </message>
    <message>
        <source>Choisir le client {0}</source>
        <translation>Choisir le client {0}</translation>
    </message>
    <message>
        <source>Produit incompatible</source>
        <translation>Produit incompatible</translation>
    </message>
    <message>
        <source>{0} n'admet aucune durée d'engagement commune avec les autres lignes.</source>
        <translation>{0} n'admet aucune durée d'engagement commune avec les autres lignes.</translation>
    </message>
    <message>
        <source>Ajouter {0}</source>
        <translation>Ajouter {0}</translation>
    </message>
    <message>
        <source>Modifier la ligne {0}</source>
        <translation>Modifier la ligne {0}</translation>
    </message>
    <message numerus="yes">
        <source>Retirer %n ligne(s)</source>
        <translation>
            <numerusform>Retirer %n ligne</numerusform>
            <numerusform>Retirer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez un client pour enregistrer l'offre</source>
        <translation>Choisissez un client pour enregistrer l'offre</translation>
    </message>
    <message>
        <source>Non enregistrée : {0}</source>
        <translation>Non enregistrée : {0}</translation>
    </message>
    <message>
        <source>Offre vide</source>
        <translation>Offre vide</translation>
    </message>
    <message>
        <source>Ajoutez au moins un produit avant de présenter.</source>
        <translation>Ajoutez au moins un produit avant de présenter.</translation>
    </message>
    <message>
        <source>Présentation de l'offre…</source>
        <translation>Présentation de l'offre…</translation>
    </message>
    <message>
        <source>Présentation impossible</source>
        <translation>Présentation impossible</translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Non enregistrée : modifiée ailleurs entre-temps</source>
        <translation>Non enregistrée : modifiée ailleurs entre-temps</translation>
    </message>
    <message>
        <source>{0}

Enregistrer vos modifications comme une nouvelle offre (copie en brouillon) ? L'offre modifiée ailleurs reste telle quelle. Sinon, vos modifications restent dans l'éditeur, non enregistrées.</source>
        <translation>{0}

Enregistrer vos modifications comme une nouvelle offre (copie en brouillon) ? L'offre modifiée ailleurs reste telle quelle. Sinon, vos modifications restent dans l'éditeur, non enregistrées.</translation>
    </message>
    <message>
        <source>Offre modifiée ailleurs</source>
        <translation>Offre modifiée ailleurs</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Mensuel HT</translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation>Installation HT</translation>
    </message>
    <message>
        <source>Validité dépassée le {0}</source>
        <translation>Validité dépassée le {0}</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Tous les statuts</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Rechercher un client ou un numéro d'offre…</source>
        <translation>Rechercher un client ou un numéro d'offre…</translation>
    </message>
    <message>
        <source>au</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation>Nouvelle révision</translation>
    </message>
    <message>
        <source>Annuler l'offre</source>
        <translation>Annuler l'offre</translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation>Aucun résultat pour « {0} »</translation>
    </message>
    <message>
        <source>Annuler l'offre {0} ? Elle restera consultable.</source>
        <translation>Annuler l'offre {0} ? Elle restera consultable.</translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation>Action impossible</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Le document PDF est illisible ou vide.</source>
        <translation>Le document PDF est illisible ou vide.</translation>
    </message>
    <message>
        <source>La page {n} n'a pas pu être rendue pour l'impression.</source>
        <translation>La page {n} n'a pas pu être rendue pour l'impression.</translation>
    </message>
    <message>
        <source>Le document à imprimer est vide.</source>
        <translation>Le document à imprimer est vide.</translation>
    </message>
    <message>
        <source>Les pages à imprimer doivent être comprises entre 1 et {n}.</source>
        <translation>Les pages à imprimer doivent être comprises entre 1 et {n}.</translation>
    </message>
    <message>
        <source>L'impression n'a pas pu démarrer : l'imprimante est-elle disponible ?</source>
        <translation>L'impression n'a pas pu démarrer : l'imprimante est-elle disponible ?</translation>
    </message>
    <message>
        <source>Impression annulée.</source>
        <translation>Impression annulée.</translation>
    </message>
    <message>
        <source>L'imprimante a refusé une nouvelle page.</source>
        <translation>L'imprimante a refusé une nouvelle page.</translation>
    </message>
    <message>
        <source> sur « {printer} »</source>
        <translation> sur « {printer} »</translation>
    </message>
    <message numerus="yes">
        <source>%n exemplaire(s)</source>
        <translation>
            <numerusform>%n exemplaire</numerusform>
            <numerusform>%n exemplaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Impression envoyée{where} : {copies} de {pages}.</source>
        <translation>Impression envoyée{where} : {copies} de {pages}.</translation>
    </message>
    <message>
        <source>Erreur interne pendant l'impression (détails dans {path}).</source>
        <translation>Erreur interne pendant l'impression (détails dans {path}).</translation>
    </message>
    <message>
        <source>Préparation de l'impression…</source>
        <translation>Préparation de l'impression…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Impression : page {done} sur {total}…</source>
        <translation>Impression : page {done} sur {total}…</translation>
    </message>
</context>
<context>
    <name>RepresentativeStep</name>
    <message>
        <source>Signature de {name}</source>
        <translation>Signature de {name}</translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation>Signature enregistrée</translation>
    </message>
    <message>
        <source>Utiliser ma &amp;signature enregistrée</source>
        <translation>Utiliser ma &amp;signature enregistrée</translation>
    </message>
    <message>
        <source>Aucune signature enregistrée dans les paramètres.</source>
        <translation>Aucune signature enregistrée dans les paramètres.</translation>
    </message>
    <message>
        <source>2. Contre-signature du représentant</source>
        <translation>2. Contre-signature du représentant</translation>
    </message>
    <message>
        <source>Pour la société : {who}</source>
        <translation>Pour la société : {who}</translation>
    </message>
    <message>
        <source>&amp;Signer à la main</source>
        <translation>&amp;Signer à la main</translation>
    </message>
    <message>
        <source>contre-signer (représentant)</source>
        <translation>contre-signer (représentant)</translation>
    </message>
    <message>
        <source>contre-signature trop courte : signer à nouveau</source>
        <translation>contre-signature trop courte : signer à nouveau</translation>
    </message>
</context>
<context>
    <name>SealSettingsBox</name>
    <message>
        <source>Scellement des contrats</source>
        <translation>Scellement des contrats</translation>
    </message>
    <message>
        <source>Aucun : certificat créé par l'installation</source>
        <translation>Aucun : certificat créé par l'installation</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Inchangé (conservé dans le trousseau du système)</source>
        <translation>Inchangé (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Aucune racine installée : seuls les contrats scellés par cette installation sont reconnus.</source>
        <translation>Aucune racine installée : seuls les contrats scellés par cette installation sont reconnus.</translation>
    </message>
    <message>
        <source>Installer une racine…</source>
        <translation>Installer une racine…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Certificat de scellement (PKCS#12)</source>
        <translation>Certificat de scellement (PKCS#12)</translation>
    </message>
    <message>
        <source>Mot de passe du certificat</source>
        <translation>Mot de passe du certificat</translation>
    </message>
    <message>
        <source>Racines de confiance de l'entreprise</source>
        <translation>Racines de confiance de l'entreprise</translation>
    </message>
    <message>
        <source>Scellement</source>
        <translation>Scellement</translation>
    </message>
    <message>
        <source>{0}
   expire le {1}</source>
        <translation>{0}
   expire le {1}</translation>
    </message>
    <message>
        <source>SHA-256 {0}
{1}</source>
        <translation>SHA-256 {0}
{1}</translation>
    </message>
    <message>
        <source>Certificat de scellement</source>
        <translation>Certificat de scellement</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Racine de confiance de l'entreprise</source>
        <translation>Racine de confiance de l'entreprise</translation>
    </message>
    <message>
        <source>Certificat X.509 (*.pem *.crt *.cer)</source>
        <translation>Certificat X.509 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Racine installée : {0}. Les contrats scellés par un certificat qu'elle a émis sont reconnus.</source>
        <translation>Racine installée : {0}. Les contrats scellés par un certificat qu'elle a émis sont reconnus.</translation>
    </message>
    <message>
        <source>Ne plus reconnaître les contrats scellés sous la racine « {0} » ?</source>
        <translation>Ne plus reconnaître les contrats scellés sous la racine « {0} » ?</translation>
    </message>
</context>
<context>
    <name>ServicesBackend</name>
    <message>
        <source>{0} (exemple)</source>
        <translation>{0} (exemple)</translation>
    </message>
    <message>
        <source>choisissez ou créez un client avant d'enregistrer</source>
        <translation>choisissez ou créez un client avant d'enregistrer</translation>
    </message>
    <message>
        <source>colonne ignorée : {0}</source>
        <translation>colonne ignorée : {0}</translation>
    </message>
    <message>
        <source>Ce catalogue était déjà en vigueur : rien n'a changé.</source>
        <translation>Ce catalogue était déjà en vigueur : rien n'a changé.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être sauvegardée depuis l'application.</source>
        <translation>Seule une base SQLite locale peut être sauvegardée depuis l'application.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être restaurée depuis l'application.</source>
        <translation>Seule une base SQLite locale peut être restaurée depuis l'application.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être chiffrée depuis l'application.</source>
        <translation>Seule une base SQLite locale peut être chiffrée depuis l'application.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>La langue choisie s'appliquera au prochain démarrage d'OfferDesk.</source>
        <translation>La langue choisie s'appliquera au prochain démarrage d'OfferDesk.</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas une date (JJ/MM/AAAA)</source>
        <translation>{0} : « {1} » n'est pas une date (JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas un nombre</source>
        <translation>{0} : « {1} » n'est pas un nombre</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas un nombre positif</source>
        <translation>{0} : « {1} » n'est pas un nombre positif</translation>
    </message>
    <message>
        <source>p. ex. Responsable grands comptes</source>
        <translation>p. ex. Responsable grands comptes</translation>
    </message>
    <message>
        <source>Nouvelle signature (facultatif : remplace la signature enregistrée)</source>
        <translation>Nouvelle signature (facultatif : remplace la signature enregistrée)</translation>
    </message>
    <message>
        <source>Code pays ISO à deux lettres, p. ex. LU</source>
        <translation>Code pays ISO à deux lettres, p. ex. LU</translation>
    </message>
    <message>
        <source>Fuseau horaire de la société (IANA), p. ex. Europe/Luxembourg : les heures des écrans et des documents</source>
        <translation>Fuseau horaire de la société (IANA), p. ex. Europe/Luxembourg : les heures des écrans et des documents</translation>
    </message>
    <message>
        <source>Enregistrer les paramètres</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Représentant</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Code (numéros d'offre)</source>
        <translation>Code (numéros d'offre)</translation>
    </message>
    <message>
        <source>Lieu de signature par défaut</source>
        <translation>Lieu de signature par défaut</translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation>Signature enregistrée</translation>
    </message>
    <message>
        <source>Vendeur (imprimé sur les documents)</source>
        <translation>Vendeur (imprimé sur les documents)</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Complément d'adresse</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>N° TVA</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>La cote de référence est fixée par les CGV (944,43 au 01/09/2023) : elle ne se modifie pas ici.</source>
        <translation>La cote de référence est fixée par les CGV (944,43 au 01/09/2023) : elle ne se modifie pas ici.</translation>
    </message>
    <message>
        <source>En vigueur le</source>
        <translation>En vigueur le</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Ajouter une cote</source>
        <translation>Ajouter une cote</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Enregistrer la série</source>
        <translation>Enregistrer la série</translation>
    </message>
    <message>
        <source>Indice STATEC (cote d'application)</source>
        <translation>Indice STATEC (cote d'application)</translation>
    </message>
    <message>
        <source>Cote de référence (fixée par les CGV)</source>
        <translation>Cote de référence (fixée par les CGV)</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Intermédiaire</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <source>Réduit</source>
        <translation>Réduit</translation>
    </message>
    <message>
        <source>Super-réduit</source>
        <translation>Super-réduit</translation>
    </message>
    <message>
        <source>Ajouter une période</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Enregistrer les taux</source>
        <translation>Enregistrer les taux</translation>
    </message>
    <message>
        <source>Taux de TVA (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Conditions générales de vente</source>
        <translation>Conditions générales de vente</translation>
    </message>
    <message>
        <source>Sauvegarder la base…</source>
        <translation>Sauvegarder la base…</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Chiffrer la base…</source>
        <translation>Chiffrer la base…</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Langue de l'interface</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>Aucune : tracez-la ci-dessous.</source>
        <translation>Aucune : tracez-la ci-dessous.</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Le nom et le code du représentant sont requis.</source>
        <translation>Le nom et le code du représentant sont requis.</translation>
    </message>
    <message>
        <source>Paramètres enregistrés.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Cote de référence</source>
        <translation>Cote de référence</translation>
    </message>
    <message>
        <source>Ligne {0}</source>
        <translation>Ligne {0}</translation>
    </message>
    <message>
        <source>La série doit contenir au moins une cote.</source>
        <translation>La série doit contenir au moins une cote.</translation>
    </message>
    <message>
        <source>Deux cotes ont la même date.</source>
        <translation>Deux cotes ont la même date.</translation>
    </message>
    <message>
        <source>{0} : un taux de TVA est inférieur à 100 %</source>
        <translation>{0} : un taux de TVA est inférieur à 100 %</translation>
    </message>
    <message>
        <source>La table doit contenir au moins une période.</source>
        <translation>La table doit contenir au moins une période.</translation>
    </message>
    <message>
        <source>Indice STATEC</source>
        <translation>Indice STATEC</translation>
    </message>
    <message>
        <source>Série enregistrée ; les brouillons seront réévalués.</source>
        <translation>Série enregistrée ; les brouillons seront réévalués.</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Taux de TVA enregistrés.</source>
        <translation>Taux de TVA enregistrés.</translation>
    </message>
    <message>
        <source>Sauvegarder la base</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <source>Base SQLite (*.sqlite3 *.db)</source>
        <translation>Base SQLite (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Sauvegarde écrite : {0}</source>
        <translation>Sauvegarde écrite : {0}</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Remplacer la base actuelle par {0} ? La base actuelle est d'abord sauvegardée. OfferDesk se fermera ensuite : la base restaurée sera vérifiée au prochain démarrage.</source>
        <translation>Remplacer la base actuelle par {0} ? La base actuelle est d'abord sauvegardée. OfferDesk se fermera ensuite : la base restaurée sera vérifiée au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Base restaurée. OfferDesk va se fermer : relancez-le pour travailler sur la base restaurée (elle sera vérifiée au démarrage).</source>
        <translation>Base restaurée. OfferDesk va se fermer : relancez-le pour travailler sur la base restaurée (elle sera vérifiée au démarrage).</translation>
    </message>
    <message>
        <source>Chiffrer la base et ses sauvegardes ? Une copie chiffrée est écrite et vérifiée, puis remplace la base ; les fichiers en clair sont effacés. La clé est gardée dans le trousseau du système : sans elle, ni la base ni ses sauvegardes ne s'ouvrent.</source>
        <translation>Chiffrer la base et ses sauvegardes ? Une copie chiffrée est écrite et vérifiée, puis remplace la base ; les fichiers en clair sont effacés. La clé est gardée dans le trousseau du système : sans elle, ni la base ni ses sauvegardes ne s'ouvrent.</translation>
    </message>
    <message>
        <source>Chiffrer la base</source>
        <translation>Chiffrer la base</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Zone de signature</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>Signez au doigt, au stylet ou à la souris. Retour arrière : effacer le dernier trait.</source>
        <translation>Signez au doigt, au stylet ou à la souris. Retour arrière : effacer le dernier trait.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signez ici avec le doigt, le stylet ou la souris</source>
        <translation>Signez ici avec le doigt, le stylet ou la souris</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Annuler le &amp;dernier trait</source>
        <translation>Annuler le &amp;dernier trait</translation>
    </message>
    <message>
        <source>&amp;Effacer</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Retire le dernier trait (Retour arrière)</source>
        <translation>Retire le dernier trait (Retour arrière)</translation>
    </message>
    <message>
        <source>Efface toute la signature (Suppr)</source>
        <translation>Efface toute la signature (Suppr)</translation>
    </message>
    <message>
        <source>Aucune signature n'a été tracée.</source>
        <translation>Aucune signature n'a été tracée.</translation>
    </message>
    <message>
        <source>Signature trop courte : tracez la signature complète (au moins {mm} mm de trait).</source>
        <translation>Signature trop courte : tracez la signature complète (au moins {mm} mm de trait).</translation>
    </message>
</context>
<context>
    <name>SigningBackend</name>
    <message>
        <source>L'offre {number} (révision {revision}) est {status} : seule une offre présentée peut être signée.</source>
        <translation>L'offre {number} (révision {revision}) est {status} : seule une offre présentée peut être signée.</translation>
    </message>
    <message>
        <source>les CGV et la renonciation au récapitulatif doivent être cochées</source>
        <translation>les CGV et la renonciation au récapitulatif doivent être cochées</translation>
    </message>
    <message>
        <source>le client déclare « {declared} » alors que l'offre présentée indique « {recorded} » ; faites une nouvelle révision de l'offre</source>
        <translation>le client déclare « {declared} » alors que l'offre présentée indique « {recorded} » ; faites une nouvelle révision de l'offre</translation>
    </message>
    <message>
        <source>L'offre {number} est signée mais son contrat scellé est introuvable.</source>
        <translation>L'offre {number} est signée mais son contrat scellé est introuvable.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Signature de l'offre {number}</source>
        <translation>Signature de l'offre {number}</translation>
    </message>
    <message>
        <source>L'offre et les conditions générales, telles qu'imprimées</source>
        <translation>L'offre et les conditions générales, telles qu'imprimées</translation>
    </message>
    <message>
        <source>Préparation du contrat à signer…</source>
        <translation>Préparation du contrat à signer…</translation>
    </message>
    <message>
        <source>Mode signature</source>
        <translation>Mode signature</translation>
    </message>
    <message>
        <source>Le mode signature ne peut pas s'ouvrir : {e}</source>
        <translation>Le mode signature ne peut pas s'ouvrir : {e}</translation>
    </message>
    <message>
        <source>Le mode signature ne peut pas s'ouvrir (erreur interne, détails dans {path}).</source>
        <translation>Le mode signature ne peut pas s'ouvrir (erreur interne, détails dans {path}).</translation>
    </message>
    <message>
        <source>&amp;Imprimer ({n} exemplaires)…</source>
        <translation>&amp;Imprimer ({n} exemplaires)…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer une copie…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>Offre {number} (révision {revision}) — {client}</source>
        <translation>Offre {number} (révision {revision}) — {client}</translation>
    </message>
    <message>
        <source>L'&amp;offre</source>
        <translation>L'&amp;offre</translation>
    </message>
    <message>
        <source>Les &amp;conditions générales</source>
        <translation>Les &amp;conditions générales</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Quitter sans signer</source>
        <translation>Quitter sans signer</translation>
    </message>
    <message>
        <source>← &amp;Retour</source>
        <translation>← &amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Suivant : contre-signature →</source>
        <translation>&amp;Suivant : contre-signature →</translation>
    </message>
    <message>
        <source>Confirmer la &amp;signature</source>
        <translation>Confirmer la &amp;signature</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Contre-signer et confirmer</source>
        <translation>Contre-signer et confirmer</translation>
    </message>
    <message>
        <source>Pour le représentant : contre-signe avec la signature enregistrée et scelle (Ctrl+Entrée)</source>
        <translation>Pour le représentant : contre-signe avec la signature enregistrée et scelle (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Contre-signer à la &amp;main →</source>
        <translation>Contre-signer à la &amp;main →</translation>
    </message>
    <message>
        <source>Étape 1 sur 3 : le client</source>
        <translation>Étape 1 sur 3 : le client</translation>
    </message>
    <message>
        <source>Étape 2 sur 3 : le représentant</source>
        <translation>Étape 2 sur 3 : le représentant</translation>
    </message>
    <message>
        <source>Étape 3 sur 3 : contrat signé</source>
        <translation>Étape 3 sur 3 : contrat signé</translation>
    </message>
    <message>
        <source>Pour continuer : {gaps}.</source>
        <translation>Pour continuer : {gaps}.</translation>
    </message>
    <message>
        <source>Tout est prêt : contre-signez et confirmez.</source>
        <translation>Tout est prêt : contre-signez et confirmez.</translation>
    </message>
    <message>
        <source>Tout est prêt : passez à la contre-signature.</source>
        <translation>Tout est prêt : passez à la contre-signature.</translation>
    </message>
    <message>
        <source>Tout est prêt : confirmez la signature.</source>
        <translation>Tout est prêt : confirmez la signature.</translation>
    </message>
    <message>
        <source>Scellement du contrat…</source>
        <translation>Scellement du contrat…</translation>
    </message>
    <message>
        <source>La signature n'a pas abouti</source>
        <translation>La signature n'a pas abouti</translation>
    </message>
    <message>
        <source>✓ Le contrat {number} est signé et scellé.</source>
        <translation>✓ Le contrat {number} est signé et scellé.</translation>
    </message>
    <message>
        <source>Le document présenté à gauche est l'exemplaire définitif.</source>
        <translation>Le document présenté à gauche est l'exemplaire définitif.</translation>
    </message>
    <message>
        <source>Empreinte SHA-256 : {sha}</source>
        <translation>Empreinte SHA-256 : {sha}</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>Impression en cours…</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Enregistrer le contrat signé</source>
        <translation>Enregistrer le contrat signé</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>La copie n'a pas pu être enregistrée ({reason}). Le contrat reste conservé dans OfferDesk.</source>
        <translation>La copie n'a pas pu être enregistrée ({reason}). Le contrat reste conservé dans OfferDesk.</translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation>Copie enregistrée : {path}</translation>
    </message>
    <message>
        <source>Quitter le mode signature</source>
        <translation>Quitter le mode signature</translation>
    </message>
    <message>
        <source>Quitter sans signer ? Ce qui a été saisi sera perdu ; l'offre reste non signée.</source>
        <translation>Quitter sans signer ? Ce qui a été saisi sera perdu ; l'offre reste non signée.</translation>
    </message>
    <message>
        <source>L'offre n'est pas signée et tout ce qui a été saisi reste à l'écran : corrigez puis confirmez à nouveau.</source>
        <translation>L'offre n'est pas signée et tout ce qui a été saisi reste à l'écran : corrigez puis confirmez à nouveau.</translation>
    </message>
    <message>
        <source>acceptation</source>
        <translation>acceptation</translation>
    </message>
    <message>
        <source>{0} ({1}).</source>
        <translation>{0} ({1}).</translation>
    </message>
    <message>
        <source>Écriture impossible sur le disque : {reason}.</source>
        <translation>Écriture impossible sur le disque : {reason}.</translation>
    </message>
    <message>
        <source>Erreur interne pendant la signature (détails dans {path}).</source>
        <translation>Erreur interne pendant la signature (détails dans {path}).</translation>
    </message>
</context>
<context>
    <name>SigningMode</name>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Conditions de l'offre</source>
        <translation>Conditions de l'offre</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Une pièce par ligne (extrait RCS, RIB, pièce d'identité…)</source>
        <translation>Une pièce par ligne (extrait RCS, RIB, pièce d'identité…)</translation>
    </message>
    <message>
        <source>Déclarée à la signature</source>
        <translation>Déclarée à la signature</translation>
    </message>
    <message>
        <source>Taille du client pour la renonciation au résumé contractuel (art. 15 des CGV)</source>
        <translation>Taille du client pour la renonciation au résumé contractuel (art. 15 des CGV)</translation>
    </message>
    <message>
        <source>La langue dans laquelle l'offre et son contrat sont imprimés</source>
        <translation>La langue dans laquelle l'offre et son contrat sont imprimés</translation>
    </message>
    <message>
        <source>Conditions particulières</source>
        <translation>Conditions particulières</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation>Reconduction</translation>
    </message>
    <message>
        <source>Délai de mise à disposition</source>
        <translation>Délai de mise à disposition</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Délai de paiement</translation>
    </message>
    <message>
        <source>Validité de l'offre</source>
        <translation>Validité de l'offre</translation>
    </message>
    <message>
        <source>Taille déclarée du client</source>
        <translation>Taille déclarée du client</translation>
    </message>
    <message>
        <source>Langue du document</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Pièces à communiquer</source>
        <translation>Pièces à communiquer</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totaux</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>HT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>TTC</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Redevance mensuelle</source>
        <translation>Redevance mensuelle</translation>
    </message>
    <message>
        <source>Frais d'installation</source>
        <translation>Frais d'installation</translation>
    </message>
    <message>
        <source>Valeur totale du contrat (HT, engagement initial)</source>
        <translation>Valeur totale du contrat (HT, engagement initial)</translation>
    </message>
    <message>
        <source>TVA : {0}</source>
        <translation>TVA : {0}</translation>
    </message>
    <message>
        <source>Frais d'installation indexés : cote {0} / base {1}</source>
        <translation>Frais d'installation indexés : cote {0} / base {1}</translation>
    </message>
    <message>
        <source>Installation + {0} mensualités</source>
        <translation>Installation + {0} mensualités</translation>
    </message>
</context>
<context>
    <name>ValidatedField</name>
    <message>
        <source>Champ obligatoire</source>
        <translation>Champ obligatoire</translation>
    </message>
</context>
</TS>