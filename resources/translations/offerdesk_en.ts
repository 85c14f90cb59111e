<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;offre contient des modifications non enregistrées. Les enregistrer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MainWindow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Base de données inutilisable :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données endommagée :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture impossible :
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification et sauvegarde de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OfferDesk est déjà ouvert sur cette base de données, mais sa fenêtre ne répond pas (elle démarre encore, ou elle est bloquée). Un seul OfferDesk à la fois peut écrire dans une base : attendez un instant et réessayez, ou fermez l&apos;autre fenêtre.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Engagements possibles : {1} mois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Chercher (code, nom, description)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} produit(s) affiché(s) sur {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import du catalogue {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le catalogue {0} ({1} produits) est maintenant en vigueur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune remarque.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier {0} contient {1} erreur(s) ; rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un client (nom)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun client choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau site : adresse d&apos;installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter le site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site d&apos;installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer « {0} »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(adresse du siège)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientStep</name>
    <message>
        <source>Le client a lu et accepte les conditions générales de vente du {date}, jointes à l&apos;offre (version « {label} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le client renonce expressément à la fourniture d&apos;un récapitulatif contractuel (article 15 des CGV ; article 113 de la loi du 17 décembre 2021).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le client déclare être :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par ex. gérant, directeur administratif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom du signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature du client, précédée de « Lu et approuvé »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Acceptation par le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepter les CGV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cocher la renonciation au récapitulatif contractuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déclarer la taille de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indiquer le nom du signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indiquer la fonction du signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indiquer le lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>faire signer le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature du client trop courte : signer à nouveau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Rechercher un client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} client(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recto verso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sur {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimante :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exemplaires :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préavis avant le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la mise en service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrats signés : les préavis des six prochains mois en premier (à renouveler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contrat(s), dont {1} avec un préavis dans les six mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un contrat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de mise en service du contrat {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date refusée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Une erreur inattendue s&apos;est produite. Votre travail enregistré n&apos;est pas perdu.
Les détails techniques ont été écrits dans : {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mens. unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inst. unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise inst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install. HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redevance mensuelle unitaire HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise sur la redevance mensuelle (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frais d&apos;installation unitaires HT, indexés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remise sur les frais d&apos;installation (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OfferDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bienvenue dans OfferDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avant la première offre, saisissez votre nom et votre code de représentant (il figure dans les numéros d&apos;offre, ex. OF-2026-JDU-0042), puis enregistrez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présenter et signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue {0} ({1}, il y a {2} j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cote STATEC {0} depuis le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mode signature n&apos;est pas disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;est pas disponible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewClientForm</name>
    <message>
        <source>Nouveau client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 5, rue du Fort, L-1234 Luxembourg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;small&gt;Les champs suivants sont facultatifs.&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>← Liste des offres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présenter et signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistre, présente l&apos;offre et ouvre le mode signature (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher dans le catalogue (code, nom, description)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter à l&apos;offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes de l&apos;offre&lt;/b&gt; (glisser un produit ici)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette offre est {0} : elle ne peut plus être modifiée. Créez une nouvelle révision ou dupliquez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier les conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir le client {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produit incompatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} n&apos;admet aucune durée d&apos;engagement commune avec les autres lignes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la ligne {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer {0} ligne(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un client pour enregistrer l&apos;offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non enregistrée : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez au moins un produit avant de présenter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentation de l&apos;offre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présentation impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validité dépassée le {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un client ou un numéro d&apos;offre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler l&apos;offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler l&apos;offre {0} ? Elle restera consultable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepresentativeStep</name>
    <message>
        <source>Signature de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utiliser ma &amp;signature enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune signature enregistrée dans les paramètres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Contre-signature du représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour la société : {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signer à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contre-signer (représentant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contre-signature trop courte : signer à nouveau</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealSettingsBox</name>
    <message>
        <source>Scellement des contrats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun : certificat créé par l&apos;installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inchangé (conservé dans le trousseau du système)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune racine installée : seuls les contrats scellés par cette installation sont reconnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installer une racine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat de scellement (PKCS#12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe du certificat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racines de confiance de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scellement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
   expire le {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 {0}
{1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat de scellement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racine de confiance de l&apos;entreprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat X.509 (*.pem *.crt *.cer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racine installée : {0}. Les contrats scellés par un certificat qu&apos;elle a émis sont reconnus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne plus reconnaître les contrats scellés sous la racine « {0} » ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>p. ex. Responsable grands comptes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle signature (facultatif : remplace la signature enregistrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code pays ISO à deux lettres, p. ex. LU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuseau horaire de la société (IANA), p. ex. Europe/Luxembourg : les heures des écrans et des documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les paramètres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (numéros d&apos;offre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu de signature par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendeur (imprimé sur les documents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complément d&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Localité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La cote de référence est fixée par les CGV (944,43 au 01/09/2023) : elle ne se modifie pas ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En vigueur le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une cote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indice STATEC (cote d&apos;application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cote de référence (fixée par les CGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermédiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réduit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super-réduit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les taux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de TVA (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions générales de vente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarder la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffrer la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune : tracez-la ci-dessous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom et le code du représentant sont requis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paramètres enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cote de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La série doit contenir au moins une cote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deux cotes ont la même date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La table doit contenir au moins une période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indice STATEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Série enregistrée ; les brouillons seront réévalués.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux de TVA enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarder la base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base SQLite (*.sqlite3 *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde écrite : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplacer la base actuelle par {0} ? La base actuelle est d&apos;abord sauvegardée. OfferDesk se fermera ensuite : la base restaurée sera vérifiée au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base restaurée. OfferDesk va se fermer : relancez-le pour travailler sur la base restaurée (elle sera vérifiée au démarrage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffrer la base et ses sauvegardes ? Une copie chiffrée est écrite et vérifiée, puis remplace la base ; les fichiers en clair sont effacés. La clé est gardée dans le trousseau du système : sans elle, ni la base ni ses sauvegardes ne s&apos;ouvrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffrer la base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Zone de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signez au doigt, au stylet ou à la souris. Retour arrière : effacer le dernier trait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signez ici avec le doigt, le stylet ou la souris</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Annuler le &amp;dernier trait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire le dernier trait (Retour arrière)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efface toute la signature (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune signature n&apos;a été tracée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature trop courte : tracez la signature complète (au moins {mm} mm de trait).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Signature de l&apos;offre {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;offre et les conditions générales, telles qu&apos;imprimées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer ({n} exemplaires)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer une copie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offre {number} (révision {revision}) — {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;&amp;offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les &amp;conditions générales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter sans signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suivant : contre-signature →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer la &amp;signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contre-signer et confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour le représentant : contre-signe avec la signature enregistrée et scelle (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contre-signer à la &amp;main →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape 1 sur 3 : le client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape 2 sur 3 : le représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape 3 sur 3 : contrat signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour continuer : {gaps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout est prêt : contre-signez et confirmez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout est prêt : passez à la contre-signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout est prêt : confirmez la signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scellement du contrat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La signature n&apos;a pas abouti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Le contrat {number} est signé et scellé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document présenté à gauche est l&apos;exemplaire définitif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empreinte SHA-256 : {sha}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le contrat signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie n&apos;a pas pu être enregistrée ({reason}). Le contrat reste conservé dans OfferDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter le mode signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter sans signer ? Ce qui a été saisi sera perdu ; l&apos;offre reste non signée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Conditions de l&apos;offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une pièce par ligne (extrait RCS, RIB, pièce d&apos;identité…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarée à la signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du client pour la renonciation au résumé contractuel (art. 15 des CGV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions particulières</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai de mise à disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validité de l&apos;offre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille déclarée du client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces à communiquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} mois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redevance mensuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frais d&apos;installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur totale du contrat (HT, engagement initial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TVA : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frais d&apos;installation indexés : cote {0} / base {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation + {0} mensualités</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatedField</name>
    <message>
        <source>Champ obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
