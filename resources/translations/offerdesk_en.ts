<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>App</name>
    <message>
        <source>Base de données inutilisable :
{0}</source>
        <translation>Database unusable:
{0}</translation>
    </message>
    <message>
        <source>Base de données endommagée :
{0}</source>
        <translation>Database damaged:
{0}</translation>
    </message>
    <message>
        <source>Ouverture impossible :
{0}</source>
        <translation>Cannot open:
{0}</translation>
    </message>
    <message>
        <source>Vérification et sauvegarde de la base…</source>
        <translation>Checking and backing up the database…</translation>
    </message>
    <message>
        <source>offerdesk : OfferDesk est déjà ouvert sur cette base de données ; sa fenêtre a été mise au premier plan.</source>
        <translation>offerdesk: OfferDesk is already open on this database; its window has been brought to the front.</translation>
    </message>
    <message>
        <source>OfferDesk est déjà ouvert sur cette base de données, mais sa fenêtre ne répond pas (elle démarre encore, ou elle est bloquée). Un seul OfferDesk à la fois peut écrire dans une base : attendez un instant et réessayez, ou fermez l'autre fenêtre.</source>
        <translation>OfferDesk is already open on this database, but its window is not responding (it is still starting, or it is stuck). Only one OfferDesk at a time can write to a database: wait a moment and try again, or close the other window.</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Monthly ex VAT</translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation>Install. ex VAT</translation>
    </message>
    <message>
        <source>{0}
Engagements possibles : {1} mois</source>
        <translation>{0}
Available terms: {1} months</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Chercher (code, nom, description)…</source>
        <translation>Search (code, name, description)…</translation>
    </message>
    <message>
        <source>Importer un catalogue…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message numerus="yes">
        <source>%n produit(s) affiché(s) sur {0}</source>
        <translation>
            <numerusform>Products shown: %n of {0}</numerusform>
            <numerusform>Products shown: %n of {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer un catalogue</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Catalogues (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Import du catalogue {0}…</source>
        <translation>Importing catalogue {0}…</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Catalogue importé</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Le catalogue {0} ({1} produits) est maintenant en vigueur.</source>
        <translation>Catalogue {0} ({1} products) is now in force.</translation>
    </message>
    <message>
        <source>Aucune remarque.</source>
        <translation>No remarks.</translation>
    </message>
    <message>
        <source>Catalogue refusé</source>
        <translation>Catalogue rejected</translation>
    </message>
    <message numerus="yes">
        <source>Le fichier {0} contient %n erreur(s) ; rien n'a été importé.</source>
        <translation>
            <numerusform>The file {0} contains %n error; nothing was imported.</numerusform>
            <numerusform>The file {0} contains %n errors; nothing was imported.</numerusform>
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
        <translation>Search for a client (name)…</translation>
    </message>
    <message>
        <source>Nouveau client…</source>
        <translation>New client…</translation>
    </message>
    <message>
        <source>Aucun client choisi</source>
        <translation>No client selected</translation>
    </message>
    <message>
        <source>Nouveau site : adresse d'installation</source>
        <translation>New site address</translation>
    </message>
    <message>
        <source>Ajouter le site</source>
        <translation>Add site</translation>
    </message>
    <message>
        <source>Site d'installation</source>
        <translation>Installation site</translation>
    </message>
    <message>
        <source>Créer « {0} »…</source>
        <translation>Create ‘{0}’…</translation>
    </message>
    <message>
        <source>(adresse du siège)</source>
        <translation>(registered office address)</translation>
    </message>
</context>
<context>
    <name>ClientStep</name>
    <message>
        <source>Le client a lu et accepte les conditions générales de vente du {date}, jointes à l'offre (version « {label} »).</source>
        <translation>The client has read and accepts the general terms and conditions of sale of {date}, attached to the offer (version ‘{label}’).</translation>
    </message>
    <message>
        <source>Le client renonce expressément à la fourniture d'un récapitulatif contractuel (article 15 des CGV ; article 113 de la loi du 17 décembre 2021).</source>
        <translation>The client expressly waives the provision of a contract summary (article 15 of the GTC; article 113 of the law of 17 December 2021).</translation>
    </message>
    <message>
        <source>Le client déclare être :</source>
        <translation>The client declares itself to be:</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>First name and surname</translation>
    </message>
    <message>
        <source>par ex. gérant, directeur administratif</source>
        <translation>e.g. managing director, head of administration</translation>
    </message>
    <message>
        <source>&amp;Nom du signataire</source>
        <translation>Signatory's &amp;name</translation>
    </message>
    <message>
        <source>&amp;Fonction</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>Pl&amp;ace</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Signature du client, précédée de « Lu et approuvé »</source>
        <translation>Client's signature, preceded by ‘Read and approved’</translation>
    </message>
    <message>
        <source>1. Acceptation par le client</source>
        <translation>1. Acceptance by the client</translation>
    </message>
    <message>
        <source>le {date} à {time}</source>
        <translation>on {date} at {time}</translation>
    </message>
    <message>
        <source>accepter les CGV</source>
        <translation>accept the GTC</translation>
    </message>
    <message>
        <source>cocher la renonciation au récapitulatif contractuel</source>
        <translation>tick the waiver of the contract summary</translation>
    </message>
    <message>
        <source>déclarer la taille de l'entreprise</source>
        <translation>declare the company size</translation>
    </message>
    <message>
        <source>indiquer le nom du signataire</source>
        <translation>enter the signatory's name</translation>
    </message>
    <message>
        <source>indiquer la fonction du signataire</source>
        <translation>enter the signatory's position</translation>
    </message>
    <message>
        <source>indiquer le lieu</source>
        <translation>enter the place</translation>
    </message>
    <message>
        <source>faire signer le client</source>
        <translation>have the client sign</translation>
    </message>
    <message>
        <source>signature du client trop courte : signer à nouveau</source>
        <translation>client's signature too short: sign again</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Rechercher un client…</source>
        <translation>Search for a client…</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>VAT no.</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation>No results for ‘{0}’</translation>
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
        <translation>Print</translation>
    </message>
    <message>
        <source>Recto verso</source>
        <translation>Double-sided</translation>
    </message>
    <message>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>(sur {n})</source>
        <translation>(of {n})</translation>
    </message>
    <message>
        <source>&amp;Imprimante :</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>&amp;Exemplaires :</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>Pages :</source>
        <translation>Pages:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Mise en service</source>
        <translation>Activation</translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Terme</source>
        <translation>End of term</translation>
    </message>
    <message>
        <source>Préavis avant le</source>
        <translation>Notice by</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Monthly ex VAT</translation>
    </message>
    <message>
        <source>Enregistrer la mise en service…</source>
        <translation>Record activation…</translation>
    </message>
    <message>
        <source>Contrats signés : les préavis des six prochains mois en premier (à renouveler).</source>
        <translation>Signed contracts: notice deadlines in the next six months first (due for renewal).</translation>
    </message>
    <message numerus="yes">
        <source>%n contrat(s), dont {0} avec un préavis dans les six mois</source>
        <translation>
            <numerusform>%n contract, {0} with a notice deadline within six months</numerusform>
            <numerusform>%n contracts, {0} with a notice deadline within six months</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d'abord un contrat.</source>
        <translation>Choose a contract first.</translation>
    </message>
    <message>
        <source>Date de mise en service du contrat {0}</source>
        <translation>Activation date of contract {0}</translation>
    </message>
    <message>
        <source>Date refusée</source>
        <translation>Date rejected</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>L'offre contient des modifications non enregistrées. Les enregistrer ?</source>
        <translation>The offer has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Don't save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Ligne {0}, {1}</source>
        <translation>Line {0}, {1}</translation>
    </message>
    <message>
        <source>Date de l'offre</source>
        <translation>Offer date</translation>
    </message>
    <message>
        <source>Date de validité</source>
        <translation>Validity date</translation>
    </message>
    <message>
        <source>Durée d'engagement</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Durée de reconduction</source>
        <translation>Renewal period</translation>
    </message>
    <message>
        <source>Délai de mise en service</source>
        <translation>Provisioning lead time</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <source>Documents à fournir</source>
        <translation>Documents to provide</translation>
    </message>
    <message>
        <source>Conditions particulières</source>
        <translation>Special conditions</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Site d'installation</source>
        <translation>Installation site</translation>
    </message>
    <message>
        <source>Lignes de l'offre</source>
        <translation>Offer lines</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Lieu de signature</source>
        <translation>Place of signing</translation>
    </message>
    <message>
        <source>Date de mise en service</source>
        <translation>Activation date</translation>
    </message>
    <message>
        <source>Taille de l'entreprise</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>Langue du document</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>Langue préférée</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>VAT no.</translation>
    </message>
    <message>
        <source>N° RCS</source>
        <translation>RCS no.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Index value</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Texte des CGV</source>
        <translation>GTC text</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Certificat de scellement</source>
        <translation>Sealing certificate</translation>
    </message>
    <message>
        <source>Racine de confiance de l'entreprise</source>
        <translation>Company root certificate</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Remise sur la mensualité</source>
        <translation>Discount on the monthly fee</translation>
    </message>
    <message>
        <source>Remise sur l'installation</source>
        <translation>Discount on installation</translation>
    </message>
    <message>
        <source>Taux normal</source>
        <translation>Standard rate</translation>
    </message>
    <message>
        <source>Taux intermédiaire</source>
        <translation>Intermediate rate</translation>
    </message>
    <message>
        <source>Taux réduit</source>
        <translation>Reduced rate</translation>
    </message>
    <message>
        <source>Taux super-réduit</source>
        <translation>Super-reduced rate</translation>
    </message>
    <message>
        <source>Adresse du client</source>
        <translation>Client's address</translation>
    </message>
    <message>
        <source>Code postal du client</source>
        <translation>Client's postcode</translation>
    </message>
    <message>
        <source>Localité du client</source>
        <translation>Client's town</translation>
    </message>
    <message>
        <source>Nom du signataire</source>
        <translation>Signatory's name</translation>
    </message>
    <message>
        <source>Signature du client</source>
        <translation>Client's signature</translation>
    </message>
    <message>
        <source>Nom du représentant</source>
        <translation>Representative's name</translation>
    </message>
    <message>
        <source>Signature du représentant</source>
        <translation>Representative's signature</translation>
    </message>
    <message>
        <source>{0} : {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <source>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu.
Les détails techniques ont été écrits dans : {0}</source>
        <translation>An unexpected error has occurred. Your saved work is not lost.
The technical details have been written to: {0}</translation>
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
        <translation>Product</translation>
    </message>
    <message>
        <source>Qté</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Mens. unit.</source>
        <translation>Unit mth.</translation>
    </message>
    <message>
        <source>Remise</source>
        <translation>Disc.</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Mth. net</translation>
    </message>
    <message>
        <source>Inst. unit.</source>
        <translation>Unit inst.</translation>
    </message>
    <message>
        <source>Remise inst.</source>
        <translation>Inst. disc.</translation>
    </message>
    <message>
        <source>Install. HT</source>
        <translation>Inst. net</translation>
    </message>
    <message>
        <source>Redevance mensuelle unitaire HT</source>
        <translation>Unit monthly fee excl. VAT</translation>
    </message>
    <message>
        <source>Remise sur la redevance mensuelle (%)</source>
        <translation>Discount on the monthly fee (%)</translation>
    </message>
    <message>
        <source>Frais d'installation unitaires HT, indexés</source>
        <translation>Unit installation fee excl. VAT, indexed</translation>
    </message>
    <message>
        <source>Remise sur les frais d'installation (%)</source>
        <translation>Discount on the installation fee (%)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OfferDesk</source>
        <translation>OfferDesk</translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Bienvenue dans OfferDesk</source>
        <translation>Welcome to OfferDesk</translation>
    </message>
    <message>
        <source>Avant la première offre, saisissez votre nom et votre code de représentant (il figure dans les numéros d'offre, ex. OF-2026-JDU-0042), puis enregistrez.</source>
        <translation>Before your first offer, enter your name and your representative code (it appears in offer numbers, e.g. OF-2026-JDU-0042), then save.</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Présenter et signer</source>
        <translation>Present and sign</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Offre</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Base : {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <source>Catalogue {0} ({1}, aujourd'hui)</source>
        <translation>Catalogue {0} ({1}, today)</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue {0} ({1}, il y a %n j)</source>
        <translation>
            <numerusform>Catalogue {0} ({1}, %n day ago)</numerusform>
            <numerusform>Catalogue {0} ({1}, %n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue {0}</source>
        <translation>Catalogue {0}</translation>
    </message>
    <message>
        <source>Cote STATEC {0} depuis le {1}</source>
        <translation>STATEC index {0} since {1}</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Le mode signature n'est pas disponible.</source>
        <translation>Signing mode is not available.</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>L'impression n'est pas disponible.</source>
        <translation>Printing is not available.</translation>
    </message>
    <message>
        <source>Offres</source>
        <translation>Offers</translation>
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
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>NewClientForm</name>
    <message>
        <source>adresse e-mail non valable, p. ex. contact@exemple.lu</source>
        <translation>invalid e-mail address, e.g. contact@example.lu</translation>
    </message>
    <message>
        <source>Nouveau client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>ex. 5, rue du Fort, L-1234 Luxembourg</source>
        <translation>e.g. 5, rue du Fort, L-1234 Luxembourg</translation>
    </message>
    <message>
        <source>La langue des offres et des contrats de ce client</source>
        <translation>The language of this client's offers and contracts</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>&lt;small&gt;Les champs suivants sont facultatifs.&lt;/small&gt;</source>
        <translation>&lt;small&gt;The following fields are optional.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Langue préférée</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>VAT no.</translation>
    </message>
    <message>
        <source>N° RCS</source>
        <translation>RCS no.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Créer le client</source>
        <translation>Create client</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>← Liste des offres</source>
        <translation>← Offer list</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Présenter</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Présenter et signer…</source>
        <translation>Present and sign…</translation>
    </message>
    <message>
        <source>Enregistre, présente l'offre et ouvre le mode signature (F9)</source>
        <translation>Saves and presents the offer, then opens signing mode (F9)</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation>New revision</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Chercher dans le catalogue (code, nom, description)…</source>
        <translation>Search the catalogue (code, name, description)…</translation>
    </message>
    <message>
        <source>Ajouter à l'offre</source>
        <translation>Add to offer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Catalogue&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes de l'offre&lt;/b&gt; (glisser un produit ici)</source>
        <translation>&lt;b&gt;Offer lines&lt;/b&gt; (drag a product here)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>{0} — révision {1}</source>
        <translation>{0} — revision {1}</translation>
    </message>
    <message>
        <source>Offre {0}</source>
        <translation>Offer {0}</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Cette offre est {0} : elle ne peut plus être modifiée. Créez une nouvelle révision ou dupliquez-la.</source>
        <translation>This offer is {0}: it can no longer be changed. Create a new revision or duplicate it.</translation>
    </message>
    <message>
        <source>Signer…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Enregistrée</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Modifier les conditions</source>
        <translation>Change offer terms</translation>
    </message>
    <message>
        <source>Choisir le client {0}</source>
        <translation>Choose client {0}</translation>
    </message>
    <message>
        <source>Produit incompatible</source>
        <translation>Incompatible product</translation>
    </message>
    <message>
        <source>{0} n'admet aucune durée d'engagement commune avec les autres lignes.</source>
        <translation>{0} has no term in common with the other lines.</translation>
    </message>
    <message>
        <source>Ajouter {0}</source>
        <translation>Add {0}</translation>
    </message>
    <message>
        <source>Modifier la ligne {0}</source>
        <translation>Edit line {0}</translation>
    </message>
    <message numerus="yes">
        <source>Retirer %n ligne(s)</source>
        <translation>
            <numerusform>Remove %n line</numerusform>
            <numerusform>Remove %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez un client pour enregistrer l'offre</source>
        <translation>Choose a client to save the offer</translation>
    </message>
    <message>
        <source>Non enregistrée : {0}</source>
        <translation>Not saved: {0}</translation>
    </message>
    <message>
        <source>Offre vide</source>
        <translation>Empty offer</translation>
    </message>
    <message>
        <source>Ajoutez au moins un produit avant de présenter.</source>
        <translation>Add at least one product before presenting.</translation>
    </message>
    <message>
        <source>Présentation de l'offre…</source>
        <translation>Presenting the offer…</translation>
    </message>
    <message>
        <source>Présentation impossible</source>
        <translation>Cannot present</translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation>Action not possible</translation>
    </message>
    <message>
        <source>Non enregistrée : modifiée ailleurs entre-temps</source>
        <translation>Not saved: changed elsewhere in the meantime</translation>
    </message>
    <message>
        <source>Offre modifiée ailleurs</source>
        <translation>Offer changed elsewhere</translation>
    </message>
    <message>
        <source>{0}

Enregistrer vos modifications comme une nouvelle offre (copie en brouillon) ? L'offre modifiée ailleurs reste telle quelle. Sinon, vos modifications restent dans l'éditeur, non enregistrées.</source>
        <translation>{0}

Save your changes as a new offer (a draft copy)? The offer changed elsewhere stays as it is. Otherwise your changes stay in the editor, unsaved.</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Numéro</source>
        <translation>Number</translation>
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
        <translation>Monthly ex VAT</translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation>Install. ex VAT</translation>
    </message>
    <message>
        <source>Validité dépassée le {0}</source>
        <translation>Validity expired on {0}</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Rechercher un client ou un numéro d'offre…</source>
        <translation>Search for a client or an offer number…</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation>New revision</translation>
    </message>
    <message>
        <source>Annuler l'offre</source>
        <translation>Cancel offer</translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation>No results for ‘{0}’</translation>
    </message>
    <message>
        <source>Annuler l'offre {0} ? Elle restera consultable.</source>
        <translation>Cancel offer {0}? It will remain available to view.</translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation>Action not possible</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Préparation de l'impression…</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Le document PDF est illisible ou vide.</source>
        <translation>The PDF document is unreadable or empty.</translation>
    </message>
    <message>
        <source>Le document à imprimer est vide.</source>
        <translation>The document to print is empty.</translation>
    </message>
    <message>
        <source>L'impression n'a pas pu démarrer : l'imprimante est-elle disponible ?</source>
        <translation>Printing could not start: is the printer available?</translation>
    </message>
    <message>
        <source>Impression annulée.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source> sur « {printer} »</source>
        <translation> to ‘{printer}’</translation>
    </message>
    <message>
        <source>La page {n} n'a pas pu être rendue pour l'impression.</source>
        <translation>Page {n} could not be rendered for printing.</translation>
    </message>
    <message>
        <source>Les pages à imprimer doivent être comprises entre 1 et {n}.</source>
        <translation>The pages to print must be between 1 and {n}.</translation>
    </message>
    <message numerus="yes">
        <source>%n exemplaire(s)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
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
        <translation>Print job sent{where}: {copies} of {pages}.</translation>
    </message>
    <message>
        <source>Erreur interne pendant l'impression (détails dans {path}).</source>
        <translation>Internal error while printing (details in {path}).</translation>
    </message>
    <message>
        <source>Impression : page {done} sur {total}…</source>
        <translation>Printing: page {done} of {total}…</translation>
    </message>
    <message>
        <source>L'imprimante a refusé une nouvelle page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
</context>
<context>
    <name>RepresentativeStep</name>
    <message>
        <source>Signature de {name}</source>
        <translation>Signature of {name}</translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation>Saved signature</translation>
    </message>
    <message>
        <source>Utiliser ma &amp;signature enregistrée</source>
        <translation>Use my &amp;saved signature</translation>
    </message>
    <message>
        <source>Aucune signature enregistrée dans les paramètres.</source>
        <translation>No signature saved in the settings.</translation>
    </message>
    <message>
        <source>2. Contre-signature du représentant</source>
        <translation>2. Countersignature by the representative</translation>
    </message>
    <message>
        <source>Pour la société : {who}</source>
        <translation>For the company: {who}</translation>
    </message>
    <message>
        <source>&amp;Signer à la main</source>
        <translation>&amp;Sign by hand</translation>
    </message>
    <message>
        <source>contre-signer (représentant)</source>
        <translation>countersign (representative)</translation>
    </message>
    <message>
        <source>contre-signature trop courte : signer à nouveau</source>
        <translation>countersignature too short: sign again</translation>
    </message>
</context>
<context>
    <name>SealSettingsBox</name>
    <message>
        <source>Scellement des contrats</source>
        <translation>Contract sealing</translation>
    </message>
    <message>
        <source>Aucun : certificat créé par l'installation</source>
        <translation>None: the installation's own certificate</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Inchangé (conservé dans le trousseau du système)</source>
        <translation>Unchanged (kept in the system keychain)</translation>
    </message>
    <message>
        <source>Aucune racine installée : seuls les contrats scellés par cette installation sont reconnus.</source>
        <translation>No root certificate installed: only contracts sealed by this installation are recognised.</translation>
    </message>
    <message>
        <source>Installer une racine…</source>
        <translation>Install root certificate…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Certificat de scellement (PKCS#12)</source>
        <translation>Sealing certificate (PKCS#12)</translation>
    </message>
    <message>
        <source>Mot de passe du certificat</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <source>Racines de confiance de l'entreprise</source>
        <translation>Company root certificates</translation>
    </message>
    <message>
        <source>Scellement</source>
        <translation>Sealing</translation>
    </message>
    <message>
        <source>{0}
   expire le {1}</source>
        <translation>{0}
   expires on {1}</translation>
    </message>
    <message>
        <source>SHA-256 {0}
{1}</source>
        <translation>SHA-256 {0}
{1}</translation>
    </message>
    <message>
        <source>Certificat de scellement</source>
        <translation>Sealing certificate</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Racine de confiance de l'entreprise</source>
        <translation>Company root certificate</translation>
    </message>
    <message>
        <source>Certificat X.509 (*.pem *.crt *.cer)</source>
        <translation>X.509 certificate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Racine installée : {0}. Les contrats scellés par un certificat qu'elle a émis sont reconnus.</source>
        <translation>Root certificate installed: {0}. Contracts sealed with a certificate it issued are recognised.</translation>
    </message>
    <message>
        <source>Ne plus reconnaître les contrats scellés sous la racine « {0} » ?</source>
        <translation>Stop recognising contracts sealed under the root certificate ‘{0}’?</translation>
    </message>
</context>
<context>
    <name>ServicesBackend</name>
    <message>
        <source>{0} (exemple)</source>
        <translation>{0} (sample)</translation>
    </message>
    <message>
        <source>choisissez ou créez un client avant d'enregistrer</source>
        <translation>choose or create a client before saving</translation>
    </message>
    <message>
        <source>colonne ignorée : {0}</source>
        <translation>column ignored: {0}</translation>
    </message>
    <message>
        <source>Ce catalogue était déjà en vigueur : rien n'a changé.</source>
        <translation>This catalogue was already in force: nothing has changed.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être sauvegardée depuis l'application.</source>
        <translation>Only a local SQLite database can be backed up from the application.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être restaurée depuis l'application.</source>
        <translation>Only a local SQLite database can be restored from the application.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être chiffrée depuis l'application.</source>
        <translation>Only a local SQLite database can be encrypted from the application.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>La langue choisie s'appliquera au prochain démarrage d'OfferDesk.</source>
        <translation>The chosen language will apply the next time OfferDesk starts.</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas une date (JJ/MM/AAAA)</source>
        <translation>{0}: “{1}” is not a date (DD/MM/YYYY)</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas un nombre</source>
        <translation>{0}: “{1}” is not a number</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas un nombre positif</source>
        <translation>{0}: “{1}” is not a positive number</translation>
    </message>
    <message>
        <source>p. ex. Responsable grands comptes</source>
        <translation>e.g. Key account manager</translation>
    </message>
    <message>
        <source>Nouvelle signature (facultatif : remplace la signature enregistrée)</source>
        <translation>New signature (optional: replaces the saved signature)</translation>
    </message>
    <message>
        <source>Code pays ISO à deux lettres, p. ex. LU</source>
        <translation>Two-letter ISO country code, e.g. LU</translation>
    </message>
    <message>
        <source>Fuseau horaire de la société (IANA), p. ex. Europe/Luxembourg : les heures des écrans et des documents</source>
        <translation>The company's time zone (IANA), e.g. Europe/Luxembourg: the times on screens and documents</translation>
    </message>
    <message>
        <source>Enregistrer les paramètres</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Code (numéros d'offre)</source>
        <translation>Code (offer numbers)</translation>
    </message>
    <message>
        <source>Lieu de signature par défaut</source>
        <translation>Default place of signing</translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation>Saved signature</translation>
    </message>
    <message>
        <source>Vendeur (imprimé sur les documents)</source>
        <translation>Seller (printed on documents)</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Address line 2</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>VAT no.</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>La cote de référence est fixée par les CGV (944,43 au 01/09/2023) : elle ne se modifie pas ici.</source>
        <translation>The reference index is set by the GTC (944.43 on 01/09/2023): it cannot be changed here.</translation>
    </message>
    <message>
        <source>En vigueur le</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Ajouter une cote</source>
        <translation>Add index value</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Enregistrer la série</source>
        <translation>Save series</translation>
    </message>
    <message>
        <source>Indice STATEC (cote d'application)</source>
        <translation>STATEC index (applicable index)</translation>
    </message>
    <message>
        <source>Cote de référence (fixée par les CGV)</source>
        <translation>Reference index (set by the GTC)</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Intermédiaire</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <source>Réduit</source>
        <translation>Reduced</translation>
    </message>
    <message>
        <source>Super-réduit</source>
        <translation>Super-red.</translation>
    </message>
    <message>
        <source>Ajouter une période</source>
        <translation>Add period</translation>
    </message>
    <message>
        <source>Enregistrer les taux</source>
        <translation>Save rates</translation>
    </message>
    <message>
        <source>Taux de TVA (%)</source>
        <translation>VAT rates (%)</translation>
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
        <translation>General terms and conditions (GTC)</translation>
    </message>
    <message>
        <source>Sauvegarder la base…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Chiffrer la base…</source>
        <translation>Encrypt database…</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Langue de l'interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Aucune : tracez-la ci-dessous.</source>
        <translation>None: draw it below.</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Le nom et le code du représentant sont requis.</source>
        <translation>The representative's name and code are required.</translation>
    </message>
    <message>
        <source>Paramètres enregistrés.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Cote de référence</source>
        <translation>Reference index</translation>
    </message>
    <message>
        <source>Ligne {0}</source>
        <translation>Row {0}</translation>
    </message>
    <message>
        <source>La série doit contenir au moins une cote.</source>
        <translation>The series must contain at least one index value.</translation>
    </message>
    <message>
        <source>Deux cotes ont la même date.</source>
        <translation>Two index values have the same date.</translation>
    </message>
    <message>
        <source>{0} : un taux de TVA est inférieur à 100 %</source>
        <translation>{0}: a VAT rate is below 100%</translation>
    </message>
    <message>
        <source>La table doit contenir au moins une période.</source>
        <translation>The table must contain at least one period.</translation>
    </message>
    <message>
        <source>Indice STATEC</source>
        <translation>STATEC index</translation>
    </message>
    <message>
        <source>Série enregistrée ; les brouillons seront réévalués.</source>
        <translation>Series saved; drafts will be repriced.</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Taux de TVA enregistrés.</source>
        <translation>VAT rates saved.</translation>
    </message>
    <message>
        <source>Sauvegarder la base</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>Base SQLite (*.sqlite3 *.db)</source>
        <translation>SQLite database (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Sauvegarde écrite : {0}</source>
        <translation>Backup written: {0}</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Remplacer la base actuelle par {0} ? La base actuelle est d'abord sauvegardée. OfferDesk se fermera ensuite : la base restaurée sera vérifiée au prochain démarrage.</source>
        <translation>Replace the current database with {0}? The current database is backed up first. OfferDesk will then close: the restored database will be checked at the next start.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Base restaurée. OfferDesk va se fermer : relancez-le pour travailler sur la base restaurée (elle sera vérifiée au démarrage).</source>
        <translation>Database restored. OfferDesk will now close: start it again to work on the restored database (it will be checked at start-up).</translation>
    </message>
    <message>
        <source>Chiffrer la base et ses sauvegardes ? Une copie chiffrée est écrite et vérifiée, puis remplace la base ; les fichiers en clair sont effacés. La clé est gardée dans le trousseau du système : sans elle, ni la base ni ses sauvegardes ne s'ouvrent.</source>
        <translation>Encrypt the database and its backups? An encrypted copy is written and verified, then replaces the database; the unencrypted files are deleted. The key is kept in the system keychain: without it, neither the database nor its backups can be opened.</translation>
    </message>
    <message>
        <source>Chiffrer la base</source>
        <translation>Encrypt database</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Zone de signature</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <source>Signez au doigt, au stylet ou à la souris. Retour arrière : effacer le dernier trait.</source>
        <translation>Sign with your finger, a stylus or the mouse. Backspace: remove the last stroke.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signez ici avec le doigt, le stylet ou la souris</source>
        <translation>Sign here with your finger, a stylus or the mouse</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Annuler le &amp;dernier trait</source>
        <translation>&amp;Undo last stroke</translation>
    </message>
    <message>
        <source>&amp;Effacer</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Retire le dernier trait (Retour arrière)</source>
        <translation>Removes the last stroke (Backspace)</translation>
    </message>
    <message>
        <source>Efface toute la signature (Suppr)</source>
        <translation>Clears the whole signature (Delete)</translation>
    </message>
    <message>
        <source>Aucune signature n'a été tracée.</source>
        <translation>No signature has been drawn.</translation>
    </message>
    <message>
        <source>Signature trop courte : tracez la signature complète (au moins {mm} mm de trait).</source>
        <translation>Signature too short: draw the complete signature (at least {mm} mm of stroke).</translation>
    </message>
</context>
<context>
    <name>SigningBackend</name>
    <message>
        <source>L'offre {number} (révision {revision}) est {status} : seule une offre présentée peut être signée.</source>
        <translation>Offer {number} (revision {revision}) is {status}: only a presented offer can be signed.</translation>
    </message>
    <message>
        <source>les CGV et la renonciation au récapitulatif doivent être cochées</source>
        <translation>the general terms and the waiver of the contract summary must be ticked</translation>
    </message>
    <message>
        <source>le client déclare « {declared} » alors que l'offre présentée indique « {recorded} » ; faites une nouvelle révision de l'offre</source>
        <translation>the client declares “{declared}” but the presented offer states “{recorded}”; make a new revision of the offer</translation>
    </message>
    <message>
        <source>L'offre {number} est signée mais son contrat scellé est introuvable.</source>
        <translation>Offer {number} is signed but its sealed contract cannot be found.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Signature de l'offre {number}</source>
        <translation>Signing offer {number}</translation>
    </message>
    <message>
        <source>L'offre et les conditions générales, telles qu'imprimées</source>
        <translation>The offer and the general terms, as printed</translation>
    </message>
    <message>
        <source>&amp;Imprimer ({n} exemplaires)…</source>
        <translation>&amp;Print ({n} copies)…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer une copie…</source>
        <translation>&amp;Save a copy…</translation>
    </message>
    <message>
        <source>Offre {number} (révision {revision}) — {client}</source>
        <translation>Offer {number} (revision {revision}) — {client}</translation>
    </message>
    <message>
        <source>L'&amp;offre</source>
        <translation>The &amp;offer</translation>
    </message>
    <message>
        <source>Les &amp;conditions générales</source>
        <translation>General &amp;terms</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Quitter sans signer</source>
        <translation>Leave without signing</translation>
    </message>
    <message>
        <source>← &amp;Retour</source>
        <translation>← &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Suivant : contre-signature →</source>
        <translation>Ne&amp;xt: countersignature →</translation>
    </message>
    <message>
        <source>Confirmer la &amp;signature</source>
        <translation>&amp;Confirm signature</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Contre-signer et confirmer</source>
        <translation>Countersign and confirm</translation>
    </message>
    <message>
        <source>Pour le représentant : contre-signe avec la signature enregistrée et scelle (Ctrl+Entrée)</source>
        <translation>For the representative: countersigns with the saved signature and seals (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Contre-signer à la &amp;main →</source>
        <translation>Countersign by &amp;hand →</translation>
    </message>
    <message>
        <source>Étape 1 sur 3 : le client</source>
        <translation>Step 1 of 3: the client</translation>
    </message>
    <message>
        <source>Étape 2 sur 3 : le représentant</source>
        <translation>Step 2 of 3: the representative</translation>
    </message>
    <message>
        <source>Étape 3 sur 3 : contrat signé</source>
        <translation>Step 3 of 3: contract signed</translation>
    </message>
    <message>
        <source>Pour continuer : {gaps}.</source>
        <translation>To continue: {gaps}.</translation>
    </message>
    <message>
        <source>Tout est prêt : contre-signez et confirmez.</source>
        <translation>All set: countersign and confirm.</translation>
    </message>
    <message>
        <source>Tout est prêt : passez à la contre-signature.</source>
        <translation>All set: go on to the countersignature.</translation>
    </message>
    <message>
        <source>Tout est prêt : confirmez la signature.</source>
        <translation>All set: confirm the signature.</translation>
    </message>
    <message>
        <source>Scellement du contrat…</source>
        <translation>Sealing the contract…</translation>
    </message>
    <message>
        <source>La signature n'a pas abouti</source>
        <translation>Signing failed</translation>
    </message>
    <message>
        <source>✓ Le contrat {number} est signé et scellé.</source>
        <translation>✓ Contract {number} is signed and sealed.</translation>
    </message>
    <message>
        <source>Le document présenté à gauche est l'exemplaire définitif.</source>
        <translation>The document shown on the left is the final copy.</translation>
    </message>
    <message>
        <source>Empreinte SHA-256 : {sha}</source>
        <translation>SHA-256 hash: {sha}</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Enregistrer le contrat signé</source>
        <translation>Save the signed contract</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Saving</translation>
    </message>
    <message>
        <source>La copie n'a pas pu être enregistrée ({reason}). Le contrat reste conservé dans OfferDesk.</source>
        <translation>The copy could not be saved ({reason}). The contract remains stored in OfferDesk.</translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation>Copy saved: {path}</translation>
    </message>
    <message>
        <source>Quitter le mode signature</source>
        <translation>Leave signing mode</translation>
    </message>
    <message>
        <source>Quitter sans signer ? Ce qui a été saisi sera perdu ; l'offre reste non signée.</source>
        <translation>Leave without signing? What has been entered will be lost; the offer remains unsigned.</translation>
    </message>
    <message>
        <source>L'offre n'est pas signée et tout ce qui a été saisi reste à l'écran : corrigez puis confirmez à nouveau.</source>
        <translation>The offer is not signed and everything entered stays on screen: correct it, then confirm again.</translation>
    </message>
    <message>
        <source>acceptation</source>
        <translation>acceptance</translation>
    </message>
    <message>
        <source>{0} ({1}).</source>
        <translation>{0} ({1}).</translation>
    </message>
    <message>
        <source>Écriture impossible sur le disque : {reason}.</source>
        <translation>Cannot write to disk: {reason}.</translation>
    </message>
    <message>
        <source>Erreur interne pendant la signature (détails dans {path}).</source>
        <translation>Internal error while signing (details in {path}).</translation>
    </message>
    <message>
        <source>Préparation du contrat à signer…</source>
        <translation>Preparing the contract for signing…</translation>
    </message>
    <message>
        <source>Mode signature</source>
        <translation>Signing mode</translation>
    </message>
    <message>
        <source>Le mode signature ne peut pas s'ouvrir : {e}</source>
        <translation>Signing mode cannot open: {e}</translation>
    </message>
    <message>
        <source>Le mode signature ne peut pas s'ouvrir (erreur interne, détails dans {path}).</source>
        <translation>Signing mode cannot open (internal error, details in {path}).</translation>
    </message>
</context>
<context>
    <name>SigningMode</name>
    <message>
        <source>Impression</source>
        <translation>Printing</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Conditions de l'offre</source>
        <translation>Offer terms</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Une pièce par ligne (extrait RCS, RIB, pièce d'identité…)</source>
        <translation>One document per line (RCS extract, bank details, ID…)</translation>
    </message>
    <message>
        <source>Déclarée à la signature</source>
        <translation>Declared at signing</translation>
    </message>
    <message>
        <source>Taille du client pour la renonciation au résumé contractuel (art. 15 des CGV)</source>
        <translation>Client's size for the waiver of the contract summary (art. 15 of the GTC)</translation>
    </message>
    <message>
        <source>La langue dans laquelle l'offre et son contrat sont imprimés</source>
        <translation>The language in which the offer and its contract are printed</translation>
    </message>
    <message>
        <source>Conditions particulières</source>
        <translation>Special conditions</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Délai de mise à disposition</source>
        <translation>Provisioning lead time</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Payment term</translation>
    </message>
    <message>
        <source>Validité de l'offre</source>
        <translation>Offer valid until</translation>
    </message>
    <message>
        <source>Taille déclarée du client</source>
        <translation>Client size</translation>
    </message>
    <message>
        <source>Langue du document</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>Pièces à communiquer</source>
        <translation>Documents to provide</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totaux</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>HT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>TTC</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Redevance mensuelle</source>
        <translation>Monthly fee</translation>
    </message>
    <message>
        <source>Frais d'installation</source>
        <translation>Installation fee</translation>
    </message>
    <message>
        <source>Valeur totale du contrat (HT, engagement initial)</source>
        <translation>Total contract value (excl. VAT, initial term)</translation>
    </message>
    <message>
        <source>TVA : {0}</source>
        <translation>VAT: {0}</translation>
    </message>
    <message>
        <source>Frais d'installation indexés : cote {0} / base {1}</source>
        <translation>Indexed installation fee: index {0} / base {1}</translation>
    </message>
    <message>
        <source>Installation + {0} mensualités</source>
        <translation>Installation + {0} monthly fees</translation>
    </message>
</context>
<context>
    <name>ValidatedField</name>
    <message>
        <source>Champ obligatoire</source>
        <translation>Required field</translation>
    </message>
</context>
</TS>