<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="fr">
<context>
    <name>App</name>
    <message>
        <source>Base de données inutilisable :
{0}</source>
        <translation>Datenbank unbrauchbar:
{0}</translation>
    </message>
    <message>
        <source>Base de données endommagée :
{0}</source>
        <translation>Datenbank beschädigt:
{0}</translation>
    </message>
    <message>
        <source>Ouverture impossible :
{0}</source>
        <translation>Öffnen nicht möglich:
{0}</translation>
    </message>
    <message>
        <source>Vérification et sauvegarde de la base…</source>
        <translation>Datenbank wird geprüft und gesichert…</translation>
    </message>
    <message>
        <source>offerdesk : OfferDesk est déjà ouvert sur cette base de données ; sa fenêtre a été mise au premier plan.</source>
        <translation>offerdesk: OfferDesk ist für diese Datenbank bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>OfferDesk est déjà ouvert sur cette base de données, mais sa fenêtre ne répond pas (elle démarre encore, ou elle est bloquée). Un seul OfferDesk à la fois peut écrire dans une base : attendez un instant et réessayez, ou fermez l'autre fenêtre.</source>
        <translation>OfferDesk ist mit dieser Datenbank bereits geöffnet, aber sein Fenster reagiert nicht (es startet noch oder ist blockiert). Nur ein OfferDesk kann gleichzeitig in eine Datenbank schreiben: Warten Sie einen Moment und versuchen Sie es erneut, oder schließen Sie das andere Fenster.</translation>
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
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Monatlich netto</translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation>Install. netto</translation>
    </message>
    <message>
        <source>{0}
Engagements possibles : {1} mois</source>
        <translation>{0}
Mögliche Laufzeiten: {1} Monate</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>Chercher (code, nom, description)…</source>
        <translation>Suchen (Code, Name, Beschreibung)…</translation>
    </message>
    <message>
        <source>Importer un catalogue…</source>
        <translation>Katalog importieren…</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <source>%n produit(s) affiché(s) sur {0}</source>
        <translation>
            <numerusform>%n von {0} Produkten angezeigt</numerusform>
            <numerusform>%n von {0} Produkten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Importer un catalogue</source>
        <translation>Katalog importieren</translation>
    </message>
    <message>
        <source>Catalogues (*.csv *.xlsx);;Tous les fichiers (*)</source>
        <translation>Kataloge (*.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import du catalogue {0}…</source>
        <translation>Katalog {0} wird importiert…</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Catalogue importé</source>
        <translation>Katalog importiert</translation>
    </message>
    <message>
        <source>Le catalogue {0} ({1} produits) est maintenant en vigueur.</source>
        <translation>Der Katalog {0} ({1} Produkte) ist jetzt gültig.</translation>
    </message>
    <message>
        <source>Aucune remarque.</source>
        <translation>Keine Hinweise.</translation>
    </message>
    <message>
        <source>Catalogue refusé</source>
        <translation>Katalog abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>Le fichier {0} contient %n erreur(s) ; rien n'a été importé.</source>
        <translation>
            <numerusform>Die Datei {0} enthält %n Fehler; es wurde nichts importiert.</numerusform>
            <numerusform>Die Datei {0} enthält %n Fehler; es wurde nichts importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPanel</name>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Rechercher un client (nom)…</source>
        <translation>Kunden suchen (Name)…</translation>
    </message>
    <message>
        <source>Nouveau client…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Aucun client choisi</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>Nouveau site : adresse d'installation</source>
        <translation>Neue Standortadresse</translation>
    </message>
    <message>
        <source>Ajouter le site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Site d'installation</source>
        <translation>Installationsort</translation>
    </message>
    <message>
        <source>Créer « {0} »…</source>
        <translation>„{0}“ anlegen…</translation>
    </message>
    <message>
        <source>(adresse du siège)</source>
        <translation>(Adresse des Firmensitzes)</translation>
    </message>
</context>
<context>
    <name>ClientStep</name>
    <message>
        <source>Le client a lu et accepte les conditions générales de vente du {date}, jointes à l'offre (version « {label} »).</source>
        <translation>Der Kunde hat die dem Angebot beigefügten Allgemeinen Geschäftsbedingungen vom {date} (Fassung „{label}“) gelesen und akzeptiert sie.</translation>
    </message>
    <message>
        <source>Le client renonce expressément à la fourniture d'un récapitulatif contractuel (article 15 des CGV ; article 113 de la loi du 17 décembre 2021).</source>
        <translation>Der Kunde verzichtet ausdrücklich auf die Bereitstellung einer Vertragszusammenfassung (Artikel 15 der AGB; Artikel 113 des Gesetzes vom 17. Dezember 2021).</translation>
    </message>
    <message>
        <source>Le client déclare être :</source>
        <translation>Der Kunde ist nach eigener Angabe:</translation>
    </message>
    <message>
        <source>Prénom et nom</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>par ex. gérant, directeur administratif</source>
        <translation>z. B. Geschäftsführer, kaufmännischer Leiter</translation>
    </message>
    <message>
        <source>&amp;Nom du signataire</source>
        <translation>&amp;Name des Unterzeichners</translation>
    </message>
    <message>
        <source>&amp;Fonction</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>&amp;Lieu</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Signature du client, précédée de « Lu et approuvé »</source>
        <translation>Unterschrift des Kunden mit dem Vermerk „Gelesen und genehmigt“</translation>
    </message>
    <message>
        <source>1. Acceptation par le client</source>
        <translation>1. Annahme durch den Kunden</translation>
    </message>
    <message>
        <source>le {date} à {time}</source>
        <translation>am {date} um {time}</translation>
    </message>
    <message>
        <source>accepter les CGV</source>
        <translation>AGB akzeptieren</translation>
    </message>
    <message>
        <source>cocher la renonciation au récapitulatif contractuel</source>
        <translation>Verzicht auf die Vertragszusammenfassung ankreuzen</translation>
    </message>
    <message>
        <source>déclarer la taille de l'entreprise</source>
        <translation>Unternehmensgröße angeben</translation>
    </message>
    <message>
        <source>indiquer le nom du signataire</source>
        <translation>Namen des Unterzeichners angeben</translation>
    </message>
    <message>
        <source>indiquer la fonction du signataire</source>
        <translation>Funktion des Unterzeichners angeben</translation>
    </message>
    <message>
        <source>indiquer le lieu</source>
        <translation>Ort angeben</translation>
    </message>
    <message>
        <source>faire signer le client</source>
        <translation>Kunden unterschreiben lassen</translation>
    </message>
    <message>
        <source>signature du client trop courte : signer à nouveau</source>
        <translation>Unterschrift des Kunden zu kurz: erneut unterschreiben</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Rechercher un client…</source>
        <translation>Kunden suchen…</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Forme</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>MwSt.-Nr.</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation>Keine Ergebnisse für „{0}“</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CupsPrintDialog</name>
    <message>
        <source>Imprimer</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Recto verso</source>
        <translation>Beidseitig</translation>
    </message>
    <message>
        <source>de</source>
        <translation>von</translation>
    </message>
    <message>
        <source>à</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>(sur {n})</source>
        <translation>(insgesamt {n})</translation>
    </message>
    <message>
        <source>&amp;Imprimante :</source>
        <translation>&amp;Drucker:</translation>
    </message>
    <message>
        <source>&amp;Exemplaires :</source>
        <translation>&amp;Exemplare:</translation>
    </message>
    <message>
        <source>Pages :</source>
        <translation>Seiten:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DeadlinesPage</name>
    <message>
        <source>Numéro</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation>Unterzeichnet am</translation>
    </message>
    <message>
        <source>Mise en service</source>
        <translation>Inbetriebnahme</translation>
    </message>
    <message>
        <source>à renseigner</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Terme</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Préavis avant le</source>
        <translation>Kündigung bis</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Monatlich netto</translation>
    </message>
    <message>
        <source>Enregistrer la mise en service…</source>
        <translation>Inbetriebnahme erfassen…</translation>
    </message>
    <message>
        <source>Contrats signés : les préavis des six prochains mois en premier (à renouveler).</source>
        <translation>Unterzeichnete Verträge: Kündigungstermine der nächsten sechs Monate zuerst (Verlängerung steht an).</translation>
    </message>
    <message numerus="yes">
        <source>%n contrat(s), dont {0} avec un préavis dans les six mois</source>
        <translation>
            <numerusform>%n Vertrag, davon {0} mit Kündigungstermin in den nächsten sechs Monaten</numerusform>
            <numerusform>%n Verträge, davon {0} mit Kündigungstermin in den nächsten sechs Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d'abord un contrat.</source>
        <translation>Wählen Sie zuerst einen Vertrag aus.</translation>
    </message>
    <message>
        <source>Date de mise en service du contrat {0}</source>
        <translation>Datum der Inbetriebnahme von Vertrag {0}</translation>
    </message>
    <message>
        <source>Date refusée</source>
        <translation>Datum abgelehnt</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>L'offre contient des modifications non enregistrées. Les enregistrer ?</source>
        <translation>Das Angebot enthält ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Ne pas enregistrer</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Ligne {0}, {1}</source>
        <translation>Position {0}, {1}</translation>
    </message>
    <message>
        <source>Date de l'offre</source>
        <translation>Angebotsdatum</translation>
    </message>
    <message>
        <source>Date de validité</source>
        <translation>Gültigkeitsdatum</translation>
    </message>
    <message>
        <source>Durée d'engagement</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Durée de reconduction</source>
        <translation>Verlängerungszeitraum</translation>
    </message>
    <message>
        <source>Délai de mise en service</source>
        <translation>Bereitstellungsfrist</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Zahlungsfrist</translation>
    </message>
    <message>
        <source>Documents à fournir</source>
        <translation>Beizubringende Unterlagen</translation>
    </message>
    <message>
        <source>Conditions particulières</source>
        <translation>Besondere Bedingungen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Site d'installation</source>
        <translation>Installationsort</translation>
    </message>
    <message>
        <source>Lignes de l'offre</source>
        <translation>Angebotspositionen</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <source>Lieu de signature</source>
        <translation>Unterzeichnungsort</translation>
    </message>
    <message>
        <source>Date de mise en service</source>
        <translation>Datum der Inbetriebnahme</translation>
    </message>
    <message>
        <source>Taille de l'entreprise</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Langue du document</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>Langue préférée</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Firmenname</translation>
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
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>MwSt.-Nr.</translation>
    </message>
    <message>
        <source>N° RCS</source>
        <translation>RCS-Nr.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Indexwert</translation>
    </message>
    <message>
        <source>Date de début</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>Date de fin</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Texte des CGV</source>
        <translation>AGB-Text</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Certificat de scellement</source>
        <translation>Siegelzertifikat</translation>
    </message>
    <message>
        <source>Racine de confiance de l'entreprise</source>
        <translation>Stammzertifikat des Unternehmens</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Produit</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantité</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Remise sur la mensualité</source>
        <translation>Rabatt auf die monatliche Gebühr</translation>
    </message>
    <message>
        <source>Remise sur l'installation</source>
        <translation>Rabatt auf die Installation</translation>
    </message>
    <message>
        <source>Taux normal</source>
        <translation>Normalsatz</translation>
    </message>
    <message>
        <source>Taux intermédiaire</source>
        <translation>Zwischensatz</translation>
    </message>
    <message>
        <source>Taux réduit</source>
        <translation>Ermäßigter Satz</translation>
    </message>
    <message>
        <source>Taux super-réduit</source>
        <translation>Stark ermäßigter Satz</translation>
    </message>
    <message>
        <source>Adresse du client</source>
        <translation>Adresse des Kunden</translation>
    </message>
    <message>
        <source>Code postal du client</source>
        <translation>PLZ des Kunden</translation>
    </message>
    <message>
        <source>Localité du client</source>
        <translation>Ort des Kunden</translation>
    </message>
    <message>
        <source>Nom du signataire</source>
        <translation>Name des Unterzeichners</translation>
    </message>
    <message>
        <source>Signature du client</source>
        <translation>Unterschrift des Kunden</translation>
    </message>
    <message>
        <source>Nom du représentant</source>
        <translation>Name des Vertreters</translation>
    </message>
    <message>
        <source>Signature du représentant</source>
        <translation>Unterschrift des Vertreters</translation>
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
        <translation>Ein unerwarteter Fehler ist aufgetreten. Ihre gespeicherte Arbeit ist nicht verloren.
Die technischen Details wurden hier gespeichert: {0}</translation>
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
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Qté</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Mens. unit.</source>
        <translation>EP mtl.</translation>
    </message>
    <message>
        <source>Remise</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Mtl. netto</translation>
    </message>
    <message>
        <source>Inst. unit.</source>
        <translation>EP Inst.</translation>
    </message>
    <message>
        <source>Remise inst.</source>
        <translation>Rabatt Inst.</translation>
    </message>
    <message>
        <source>Install. HT</source>
        <translation>Inst. netto</translation>
    </message>
    <message>
        <source>Redevance mensuelle unitaire HT</source>
        <translation>Monatliche Gebühr je Einheit, netto</translation>
    </message>
    <message>
        <source>Remise sur la redevance mensuelle (%)</source>
        <translation>Rabatt auf die monatliche Gebühr (%)</translation>
    </message>
    <message>
        <source>Frais d'installation unitaires HT, indexés</source>
        <translation>Installationsgebühr je Einheit, netto, indexiert</translation>
    </message>
    <message>
        <source>Remise sur les frais d'installation (%)</source>
        <translation>Rabatt auf die Installationsgebühr (%)</translation>
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
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <source>Bienvenue dans OfferDesk</source>
        <translation>Willkommen bei OfferDesk</translation>
    </message>
    <message>
        <source>Avant la première offre, saisissez votre nom et votre code de représentant (il figure dans les numéros d'offre, ex. OF-2026-JDU-0042), puis enregistrez.</source>
        <translation>Geben Sie vor dem ersten Angebot Ihren Namen und Ihr Vertreterkürzel ein (es erscheint in den Angebotsnummern, z. B. OF-2026-JDU-0042), und speichern Sie dann.</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Présenter et signer</source>
        <translation>Vorlegen und unterschreiben</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Offre</source>
        <translation>A&amp;ngebot</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Base : {0}</source>
        <translation>Datenbank: {0}</translation>
    </message>
    <message>
        <source>Catalogue {0} ({1}, aujourd'hui)</source>
        <translation>Katalog {0} ({1}, heute)</translation>
    </message>
    <message numerus="yes">
        <source>Catalogue {0} ({1}, il y a %n j)</source>
        <translation>
            <numerusform>Katalog {0} ({1}, vor %n Tag)</numerusform>
            <numerusform>Katalog {0} ({1}, vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Catalogue {0}</source>
        <translation>Katalog {0}</translation>
    </message>
    <message>
        <source>Cote STATEC {0} depuis le {1}</source>
        <translation>STATEC-Index {0} seit {1}</translation>
    </message>
    <message>
        <source>Ouverture impossible</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Le mode signature n'est pas disponible.</source>
        <translation>Der Unterschriftsmodus ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>L'impression n'est pas disponible.</source>
        <translation>Drucken ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Offres</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Échéances</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>NewClientForm</name>
    <message>
        <source>adresse e-mail non valable, p. ex. contact@exemple.lu</source>
        <translation>ungültige E-Mail-Adresse, z. B. kontakt@beispiel.lu</translation>
    </message>
    <message>
        <source>Nouveau client</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>ex. 5, rue du Fort, L-1234 Luxembourg</source>
        <translation>z. B. 5, rue du Fort, L-1234 Luxembourg</translation>
    </message>
    <message>
        <source>La langue des offres et des contrats de ce client</source>
        <translation>Die Sprache der Angebote und Verträge dieses Kunden</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>&lt;small&gt;Les champs suivants sont facultatifs.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Die folgenden Felder sind optional.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Langue préférée</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>MwSt.-Nr.</translation>
    </message>
    <message>
        <source>N° RCS</source>
        <translation>RCS-Nr.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Créer le client</source>
        <translation>Kunde anlegen</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>OfferEditor</name>
    <message>
        <source>← Liste des offres</source>
        <translation>← Angebotsliste</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Présenter</source>
        <translation>Vorlegen</translation>
    </message>
    <message>
        <source>Présenter et signer…</source>
        <translation>Vorlegen und unterschreiben…</translation>
    </message>
    <message>
        <source>Enregistre, présente l'offre et ouvre le mode signature (F9)</source>
        <translation>Speichert das Angebot, legt es vor und öffnet den Unterschriftsmodus (F9)</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Chercher dans le catalogue (code, nom, description)…</source>
        <translation>Im Katalog suchen (Code, Name, Beschreibung)…</translation>
    </message>
    <message>
        <source>Ajouter à l'offre</source>
        <translation>Zum Angebot hinzufügen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catalogue&lt;/b&gt;</source>
        <translation>&lt;b&gt;Katalog&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Retirer la ligne</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lignes de l'offre&lt;/b&gt; (glisser un produit ici)</source>
        <translation>&lt;b&gt;Angebotspositionen&lt;/b&gt; (Produkt hierher ziehen)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>{0} — révision {1}</source>
        <translation>{0} — Revision {1}</translation>
    </message>
    <message>
        <source>Offre {0}</source>
        <translation>Angebot {0}</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Cette offre est {0} : elle ne peut plus être modifiée. Créez une nouvelle révision ou dupliquez-la.</source>
        <translation>Dieses Angebot ist {0}: Es kann nicht mehr geändert werden. Erstellen Sie eine neue Revision oder duplizieren Sie es.</translation>
    </message>
    <message>
        <source>Signer…</source>
        <translation>Unterschreiben…</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Enregistrée</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Modifier les conditions</source>
        <translation>Angebotskonditionen ändern</translation>
    </message>
    <message>
        <source>Choisir le client {0}</source>
        <translation>Kunde {0} auswählen</translation>
    </message>
    <message>
        <source>Produit incompatible</source>
        <translation>Produkt nicht kombinierbar</translation>
    </message>
    <message>
        <source>{0} n'admet aucune durée d'engagement commune avec les autres lignes.</source>
        <translation>{0} hat keine gemeinsame Laufzeit mit den übrigen Positionen.</translation>
    </message>
    <message>
        <source>Ajouter {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <source>Modifier la ligne {0}</source>
        <translation>Position {0} ändern</translation>
    </message>
    <message numerus="yes">
        <source>Retirer %n ligne(s)</source>
        <translation>
            <numerusform>%n Position entfernen</numerusform>
            <numerusform>%n Positionen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez un client pour enregistrer l'offre</source>
        <translation>Wählen Sie einen Kunden aus, um das Angebot zu speichern</translation>
    </message>
    <message>
        <source>Non enregistrée : {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Offre vide</source>
        <translation>Leeres Angebot</translation>
    </message>
    <message>
        <source>Ajoutez au moins un produit avant de présenter.</source>
        <translation>Fügen Sie vor dem Vorlegen mindestens ein Produkt hinzu.</translation>
    </message>
    <message>
        <source>Présentation de l'offre…</source>
        <translation>Angebot wird vorgelegt…</translation>
    </message>
    <message>
        <source>Présentation impossible</source>
        <translation>Vorlegen nicht möglich</translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation>Aktion nicht möglich</translation>
    </message>
    <message>
        <source>Non enregistrée : modifiée ailleurs entre-temps</source>
        <translation>Nicht gespeichert: inzwischen an anderer Stelle geändert</translation>
    </message>
    <message>
        <source>Offre modifiée ailleurs</source>
        <translation>Angebot an anderer Stelle geändert</translation>
    </message>
    <message>
        <source>{0}

Enregistrer vos modifications comme une nouvelle offre (copie en brouillon) ? L'offre modifiée ailleurs reste telle quelle. Sinon, vos modifications restent dans l'éditeur, non enregistrées.</source>
        <translation>{0}

Ihre Änderungen als neues Angebot (Kopie als Entwurf) speichern? Das an anderer Stelle geänderte Angebot bleibt unverändert. Andernfalls bleiben Ihre Änderungen ungespeichert im Editor.</translation>
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
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mensuel HT</source>
        <translation>Monatlich netto</translation>
    </message>
    <message>
        <source>Installation HT</source>
        <translation>Install. netto</translation>
    </message>
    <message>
        <source>Validité dépassée le {0}</source>
        <translation>Gültigkeit abgelaufen am {0}</translation>
    </message>
</context>
<context>
    <name>OffersPage</name>
    <message>
        <source>Tous les statuts</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Vom</translation>
    </message>
    <message>
        <source>Rechercher un client ou un numéro d'offre…</source>
        <translation>Kunde oder Angebotsnummer suchen…</translation>
    </message>
    <message>
        <source>au</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Nouvelle offre</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Nouvelle révision</source>
        <translation>Neue Revision</translation>
    </message>
    <message>
        <source>Annuler l'offre</source>
        <translation>Angebot stornieren</translation>
    </message>
    <message>
        <source>Aucun résultat pour « {0} »</source>
        <translation>Keine Ergebnisse für „{0}“</translation>
    </message>
    <message>
        <source>Annuler l'offre {0} ? Elle restera consultable.</source>
        <translation>Angebot {0} stornieren? Es bleibt weiterhin einsehbar.</translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation>Aktion nicht möglich</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Préparation de l'impression…</source>
        <translation>Druck wird vorbereitet…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Le document PDF est illisible ou vide.</source>
        <translation>Das PDF-Dokument ist unlesbar oder leer.</translation>
    </message>
    <message>
        <source>Le document à imprimer est vide.</source>
        <translation>Das zu druckende Dokument ist leer.</translation>
    </message>
    <message>
        <source>L'impression n'a pas pu démarrer : l'imprimante est-elle disponible ?</source>
        <translation>Der Druck konnte nicht gestartet werden: Ist der Drucker verfügbar?</translation>
    </message>
    <message>
        <source>Impression annulée.</source>
        <translation>Druck abgebrochen.</translation>
    </message>
    <message>
        <source> sur « {printer} »</source>
        <translation> an „{printer}“</translation>
    </message>
    <message>
        <source>La page {n} n'a pas pu être rendue pour l'impression.</source>
        <translation>Seite {n} konnte nicht für den Druck aufbereitet werden.</translation>
    </message>
    <message>
        <source>Les pages à imprimer doivent être comprises entre 1 et {n}.</source>
        <translation>Die zu druckenden Seiten müssen zwischen 1 und {n} liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n exemplaire(s)</source>
        <translation>
            <numerusform>%n Exemplar</numerusform>
            <numerusform>%n Exemplare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Impression envoyée{where} : {copies} de {pages}.</source>
        <translation>Druckauftrag gesendet{where}: {copies} mit {pages}.</translation>
    </message>
    <message>
        <source>Erreur interne pendant l'impression (détails dans {path}).</source>
        <translation>Interner Fehler beim Drucken (Details in {path}).</translation>
    </message>
    <message>
        <source>Impression : page {done} sur {total}…</source>
        <translation>Druck: Seite {done} von {total}…</translation>
    </message>
    <message>
        <source>L'imprimante a refusé une nouvelle page.</source>
        <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
    </message>
</context>
<context>
    <name>RepresentativeStep</name>
    <message>
        <source>Signature de {name}</source>
        <translation>Unterschrift von {name}</translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation>Gespeicherte Unterschrift</translation>
    </message>
    <message>
        <source>Utiliser ma &amp;signature enregistrée</source>
        <translation>Gespeicherte &amp;Unterschrift verwenden</translation>
    </message>
    <message>
        <source>Aucune signature enregistrée dans les paramètres.</source>
        <translation>In den Einstellungen ist keine Unterschrift gespeichert.</translation>
    </message>
    <message>
        <source>2. Contre-signature du représentant</source>
        <translation>2. Gegenzeichnung durch den Vertreter</translation>
    </message>
    <message>
        <source>Pour la société : {who}</source>
        <translation>Für das Unternehmen: {who}</translation>
    </message>
    <message>
        <source>&amp;Signer à la main</source>
        <translation>Von Hand &amp;unterschreiben</translation>
    </message>
    <message>
        <source>contre-signer (représentant)</source>
        <translation>gegenzeichnen (Vertreter)</translation>
    </message>
    <message>
        <source>contre-signature trop courte : signer à nouveau</source>
        <translation>Gegenzeichnung zu kurz: erneut unterschreiben</translation>
    </message>
</context>
<context>
    <name>SealSettingsBox</name>
    <message>
        <source>Scellement des contrats</source>
        <translation>Versiegelung der Verträge</translation>
    </message>
    <message>
        <source>Aucun : certificat créé par l'installation</source>
        <translation>Keines: Installationszertifikat</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Inchangé (conservé dans le trousseau du système)</source>
        <translation>Unverändert (im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Aucune racine installée : seuls les contrats scellés par cette installation sont reconnus.</source>
        <translation>Kein Stammzertifikat installiert: Nur von dieser Installation versiegelte Verträge werden erkannt.</translation>
    </message>
    <message>
        <source>Installer une racine…</source>
        <translation>Stammzertifikat installieren…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Certificat de scellement (PKCS#12)</source>
        <translation>Siegelzertifikat (PKCS#12)</translation>
    </message>
    <message>
        <source>Mot de passe du certificat</source>
        <translation>Zertifikatspasswort</translation>
    </message>
    <message>
        <source>Racines de confiance de l'entreprise</source>
        <translation>Stammzertifikate des Unternehmens</translation>
    </message>
    <message>
        <source>Scellement</source>
        <translation>Versiegelung</translation>
    </message>
    <message>
        <source>{0}
   expire le {1}</source>
        <translation>{0}
   läuft ab am {1}</translation>
    </message>
    <message>
        <source>SHA-256 {0}
{1}</source>
        <translation>SHA-256 {0}
{1}</translation>
    </message>
    <message>
        <source>Certificat de scellement</source>
        <translation>Siegelzertifikat</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Racine de confiance de l'entreprise</source>
        <translation>Stammzertifikat des Unternehmens</translation>
    </message>
    <message>
        <source>Certificat X.509 (*.pem *.crt *.cer)</source>
        <translation>X.509-Zertifikat (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Racine installée : {0}. Les contrats scellés par un certificat qu'elle a émis sont reconnus.</source>
        <translation>Stammzertifikat installiert: {0}. Verträge, die mit einem von ihm ausgestellten Zertifikat versiegelt wurden, werden erkannt.</translation>
    </message>
    <message>
        <source>Ne plus reconnaître les contrats scellés sous la racine « {0} » ?</source>
        <translation>Unter dem Stammzertifikat „{0}“ versiegelte Verträge nicht mehr erkennen?</translation>
    </message>
</context>
<context>
    <name>ServicesBackend</name>
    <message>
        <source>{0} (exemple)</source>
        <translation>{0} (Beispiel)</translation>
    </message>
    <message>
        <source>choisissez ou créez un client avant d'enregistrer</source>
        <translation>wählen oder erfassen Sie vor dem Speichern einen Kunden</translation>
    </message>
    <message>
        <source>colonne ignorée : {0}</source>
        <translation>ignorierte Spalte: {0}</translation>
    </message>
    <message>
        <source>Ce catalogue était déjà en vigueur : rien n'a changé.</source>
        <translation>Dieser Katalog war bereits gültig: Es hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être sauvegardée depuis l'application.</source>
        <translation>Nur eine lokale SQLite-Datenbank kann aus der Anwendung gesichert werden.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être restaurée depuis l'application.</source>
        <translation>Nur eine lokale SQLite-Datenbank kann aus der Anwendung wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Seule une base SQLite locale peut être chiffrée depuis l'application.</source>
        <translation>Nur eine lokale SQLite-Datenbank kann aus der Anwendung verschlüsselt werden.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>La langue choisie s'appliquera au prochain démarrage d'OfferDesk.</source>
        <translation>Die gewählte Sprache gilt ab dem nächsten Start von OfferDesk.</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas une date (JJ/MM/AAAA)</source>
        <translation>{0}: „{1}“ ist kein Datum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas un nombre</source>
        <translation>{0}: „{1}“ ist keine Zahl</translation>
    </message>
    <message>
        <source>{0} : « {1} » n'est pas un nombre positif</source>
        <translation>{0}: „{1}“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>p. ex. Responsable grands comptes</source>
        <translation>z. B. Key Account Manager</translation>
    </message>
    <message>
        <source>Nouvelle signature (facultatif : remplace la signature enregistrée)</source>
        <translation>Neue Unterschrift (optional: ersetzt die gespeicherte Unterschrift)</translation>
    </message>
    <message>
        <source>Code pays ISO à deux lettres, p. ex. LU</source>
        <translation>Zweistelliger ISO-Ländercode, z. B. LU</translation>
    </message>
    <message>
        <source>Fuseau horaire de la société (IANA), p. ex. Europe/Luxembourg : les heures des écrans et des documents</source>
        <translation>Zeitzone des Unternehmens (IANA), z. B. Europe/Luxembourg: für die Uhrzeiten auf Bildschirmen und Dokumenten</translation>
    </message>
    <message>
        <source>Enregistrer les paramètres</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Vertreter</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Code (numéros d'offre)</source>
        <translation>Kürzel (Angebotsnummern)</translation>
    </message>
    <message>
        <source>Lieu de signature par défaut</source>
        <translation>Standard-Unterzeichnungsort</translation>
    </message>
    <message>
        <source>Signature enregistrée</source>
        <translation>Gespeicherte Unterschrift</translation>
    </message>
    <message>
        <source>Vendeur (imprimé sur les documents)</source>
        <translation>Verkäufer (auf den Dokumenten gedruckt)</translation>
    </message>
    <message>
        <source>Raison sociale</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Forme juridique</source>
        <translation>Rechtsform</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Complément d'adresse</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <source>Localité</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>RCS</source>
        <translation>RCS</translation>
    </message>
    <message>
        <source>N° TVA</source>
        <translation>MwSt.-Nr.</translation>
    </message>
    <message>
        <source>Site web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Fuseau horaire</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>La cote de référence est fixée par les CGV (944,43 au 01/09/2023) : elle ne se modifie pas ici.</source>
        <translation>Der Referenzindex ist durch die AGB festgelegt (944,43 am 01.09.2023): Er kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>En vigueur le</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Ajouter une cote</source>
        <translation>Indexwert hinzufügen</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Enregistrer la série</source>
        <translation>Reihe speichern</translation>
    </message>
    <message>
        <source>Indice STATEC (cote d'application)</source>
        <translation>STATEC-Index (Anwendungsindex)</translation>
    </message>
    <message>
        <source>Cote de référence (fixée par les CGV)</source>
        <translation>Referenzindex (durch die AGB festgelegt)</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalsatz</translation>
    </message>
    <message>
        <source>Intermédiaire</source>
        <translation>Zwischensatz</translation>
    </message>
    <message>
        <source>Réduit</source>
        <translation>Ermäßigt</translation>
    </message>
    <message>
        <source>Super-réduit</source>
        <translation>Stark erm.</translation>
    </message>
    <message>
        <source>Ajouter une période</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Enregistrer les taux</source>
        <translation>Sätze speichern</translation>
    </message>
    <message>
        <source>Taux de TVA (%)</source>
        <translation>MwSt.-Sätze (%)</translation>
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
        <translation>Allgemeine Geschäftsbedingungen (AGB)</translation>
    </message>
    <message>
        <source>Sauvegarder la base…</source>
        <translation>Datenbank sichern…</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Chiffrer la base…</source>
        <translation>Datenbank verschlüsseln…</translation>
    </message>
    <message>
        <source>Sauvegarde</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Langue de l'interface</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Aucune : tracez-la ci-dessous.</source>
        <translation>Keine: Unterschreiben Sie unten.</translation>
    </message>
    <message>
        <source>Paramètres</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Le nom et le code du représentant sont requis.</source>
        <translation>Name und Kürzel des Vertreters sind erforderlich.</translation>
    </message>
    <message>
        <source>Paramètres enregistrés.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Cote de référence</source>
        <translation>Referenzindex</translation>
    </message>
    <message>
        <source>Ligne {0}</source>
        <translation>Zeile {0}</translation>
    </message>
    <message>
        <source>La série doit contenir au moins une cote.</source>
        <translation>Die Reihe muss mindestens einen Indexwert enthalten.</translation>
    </message>
    <message>
        <source>Deux cotes ont la même date.</source>
        <translation>Zwei Indexwerte haben dasselbe Datum.</translation>
    </message>
    <message>
        <source>{0} : un taux de TVA est inférieur à 100 %</source>
        <translation>{0}: Ein MwSt.-Satz liegt unter 100 %</translation>
    </message>
    <message>
        <source>La table doit contenir au moins une période.</source>
        <translation>Die Tabelle muss mindestens einen Zeitraum enthalten.</translation>
    </message>
    <message>
        <source>Indice STATEC</source>
        <translation>STATEC-Index</translation>
    </message>
    <message>
        <source>Série enregistrée ; les brouillons seront réévalués.</source>
        <translation>Reihe gespeichert; die Entwürfe werden neu berechnet.</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>Taux de TVA enregistrés.</source>
        <translation>MwSt.-Sätze gespeichert.</translation>
    </message>
    <message>
        <source>Sauvegarder la base</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <source>Base SQLite (*.sqlite3 *.db)</source>
        <translation>SQLite-Datenbank (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <source>Sauvegarde écrite : {0}</source>
        <translation>Sicherung geschrieben: {0}</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Remplacer la base actuelle par {0} ? La base actuelle est d'abord sauvegardée. OfferDesk se fermera ensuite : la base restaurée sera vérifiée au prochain démarrage.</source>
        <translation>Die aktuelle Datenbank durch {0} ersetzen? Die aktuelle Datenbank wird zuvor gesichert. OfferDesk wird anschließend beendet: Die wiederhergestellte Datenbank wird beim nächsten Start geprüft.</translation>
    </message>
    <message>
        <source>Restaurer</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Base restaurée. OfferDesk va se fermer : relancez-le pour travailler sur la base restaurée (elle sera vérifiée au démarrage).</source>
        <translation>Datenbank wiederhergestellt. OfferDesk wird jetzt beendet: Starten Sie es neu, um mit der wiederhergestellten Datenbank zu arbeiten (sie wird beim Start geprüft).</translation>
    </message>
    <message>
        <source>Chiffrer la base et ses sauvegardes ? Une copie chiffrée est écrite et vérifiée, puis remplace la base ; les fichiers en clair sont effacés. La clé est gardée dans le trousseau du système : sans elle, ni la base ni ses sauvegardes ne s'ouvrent.</source>
        <translation>Datenbank und ihre Sicherungen verschlüsseln? Eine verschlüsselte Kopie wird geschrieben, geprüft und ersetzt dann die Datenbank; die unverschlüsselten Dateien werden gelöscht. Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt: Ohne ihn lassen sich weder die Datenbank noch ihre Sicherungen öffnen.</translation>
    </message>
    <message>
        <source>Chiffrer la base</source>
        <translation>Datenbank verschlüsseln</translation>
    </message>
</context>
<context>
    <name>SignatureCanvas</name>
    <message>
        <source>Zone de signature</source>
        <translation>Unterschriftsfeld</translation>
    </message>
    <message>
        <source>Signez au doigt, au stylet ou à la souris. Retour arrière : effacer le dernier trait.</source>
        <translation>Unterschreiben Sie mit dem Finger, einem Stift oder der Maus. Rücktaste: letzten Strich entfernen.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Signez ici avec le doigt, le stylet ou la souris</source>
        <translation>Hier mit Finger, Stift oder Maus unterschreiben</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Annuler le &amp;dernier trait</source>
        <translation>Letzten Strich &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Effacer</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Retire le dernier trait (Retour arrière)</source>
        <translation>Entfernt den letzten Strich (Rücktaste)</translation>
    </message>
    <message>
        <source>Efface toute la signature (Suppr)</source>
        <translation>Löscht die ganze Unterschrift (Entf)</translation>
    </message>
    <message>
        <source>Aucune signature n'a été tracée.</source>
        <translation>Es wurde keine Unterschrift gezeichnet.</translation>
    </message>
    <message>
        <source>Signature trop courte : tracez la signature complète (au moins {mm} mm de trait).</source>
        <translation>Unterschrift zu kurz: Zeichnen Sie die vollständige Unterschrift (mindestens {mm} mm Strichlänge).</translation>
    </message>
</context>
<context>
    <name>SigningBackend</name>
    <message>
        <source>L'offre {number} (révision {revision}) est {status} : seule une offre présentée peut être signée.</source>
        <translation>Das Angebot {number} (Revision {revision}) ist {status}: Nur ein vorgelegtes Angebot kann unterzeichnet werden.</translation>
    </message>
    <message>
        <source>les CGV et la renonciation au récapitulatif doivent être cochées</source>
        <translation>die AGB und der Verzicht auf die Vertragszusammenfassung müssen angekreuzt sein</translation>
    </message>
    <message>
        <source>le client déclare « {declared} » alors que l'offre présentée indique « {recorded} » ; faites une nouvelle révision de l'offre</source>
        <translation>der Kunde erklärt „{declared}“, das vorgelegte Angebot nennt jedoch „{recorded}“; erstellen Sie eine neue Revision des Angebots</translation>
    </message>
    <message>
        <source>L'offre {number} est signée mais son contrat scellé est introuvable.</source>
        <translation>Das Angebot {number} ist unterzeichnet, aber sein versiegelter Vertrag ist nicht auffindbar.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Signature de l'offre {number}</source>
        <translation>Unterzeichnung des Angebots {number}</translation>
    </message>
    <message>
        <source>L'offre et les conditions générales, telles qu'imprimées</source>
        <translation>Das Angebot und die AGB, wie gedruckt</translation>
    </message>
    <message>
        <source>&amp;Imprimer ({n} exemplaires)…</source>
        <translation>&amp;Drucken ({n} Exemplare)…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer une copie…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Offre {number} (révision {revision}) — {client}</source>
        <translation>Angebot {number} (Revision {revision}) — {client}</translation>
    </message>
    <message>
        <source>L'&amp;offre</source>
        <translation>&amp;Angebot</translation>
    </message>
    <message>
        <source>Les &amp;conditions générales</source>
        <translation>A&amp;GB</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Quitter sans signer</source>
        <translation>Ohne Unterschrift beenden</translation>
    </message>
    <message>
        <source>← &amp;Retour</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Suivant : contre-signature →</source>
        <translation>&amp;Weiter: Gegenzeichnung →</translation>
    </message>
    <message>
        <source>Confirmer la &amp;signature</source>
        <translation>Unterschrift &amp;bestätigen</translation>
    </message>
    <message>
        <source>&amp;Terminer</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Contre-signer et confirmer</source>
        <translation>Gegenzeichnen und bestätigen</translation>
    </message>
    <message>
        <source>Pour le représentant : contre-signe avec la signature enregistrée et scelle (Ctrl+Entrée)</source>
        <translation>Für den Vertreter: zeichnet mit der gespeicherten Unterschrift gegen und versiegelt (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Contre-signer à la &amp;main →</source>
        <translation>Von &amp;Hand gegenzeichnen →</translation>
    </message>
    <message>
        <source>Étape 1 sur 3 : le client</source>
        <translation>Schritt 1 von 3: der Kunde</translation>
    </message>
    <message>
        <source>Étape 2 sur 3 : le représentant</source>
        <translation>Schritt 2 von 3: der Vertreter</translation>
    </message>
    <message>
        <source>Étape 3 sur 3 : contrat signé</source>
        <translation>Schritt 3 von 3: Vertrag unterzeichnet</translation>
    </message>
    <message>
        <source>Pour continuer : {gaps}.</source>
        <translation>Um fortzufahren: {gaps}.</translation>
    </message>
    <message>
        <source>Tout est prêt : contre-signez et confirmez.</source>
        <translation>Alles bereit: Zeichnen Sie gegen und bestätigen Sie.</translation>
    </message>
    <message>
        <source>Tout est prêt : passez à la contre-signature.</source>
        <translation>Alles bereit: Weiter zur Gegenzeichnung.</translation>
    </message>
    <message>
        <source>Tout est prêt : confirmez la signature.</source>
        <translation>Alles bereit: Bestätigen Sie die Unterschrift.</translation>
    </message>
    <message>
        <source>Scellement du contrat…</source>
        <translation>Vertrag wird versiegelt…</translation>
    </message>
    <message>
        <source>La signature n'a pas abouti</source>
        <translation>Die Unterzeichnung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>✓ Le contrat {number} est signé et scellé.</source>
        <translation>✓ Der Vertrag {number} ist unterzeichnet und versiegelt.</translation>
    </message>
    <message>
        <source>Le document présenté à gauche est l'exemplaire définitif.</source>
        <translation>Das links angezeigte Dokument ist das endgültige Exemplar.</translation>
    </message>
    <message>
        <source>Empreinte SHA-256 : {sha}</source>
        <translation>SHA-256-Hashwert: {sha}</translation>
    </message>
    <message>
        <source>Impression en cours…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Enregistrer le contrat signé</source>
        <translation>Unterzeichneten Vertrag speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Enregistrement</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>La copie n'a pas pu être enregistrée ({reason}). Le contrat reste conservé dans OfferDesk.</source>
        <translation>Die Kopie konnte nicht gespeichert werden ({reason}). Der Vertrag bleibt in OfferDesk gespeichert.</translation>
    </message>
    <message>
        <source>Copie enregistrée : {path}</source>
        <translation>Kopie gespeichert: {path}</translation>
    </message>
    <message>
        <source>Quitter le mode signature</source>
        <translation>Unterschriftsmodus verlassen</translation>
    </message>
    <message>
        <source>Quitter sans signer ? Ce qui a été saisi sera perdu ; l'offre reste non signée.</source>
        <translation>Ohne Unterschrift beenden? Die Eingaben gehen verloren; das Angebot bleibt nicht unterzeichnet.</translation>
    </message>
    <message>
        <source>L'offre n'est pas signée et tout ce qui a été saisi reste à l'écran : corrigez puis confirmez à nouveau.</source>
        <translation>Das Angebot ist nicht unterzeichnet, und alle Eingaben bleiben auf dem Bildschirm: Korrigieren Sie sie und bestätigen Sie erneut.</translation>
    </message>
    <message>
        <source>acceptation</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>{0} ({1}).</source>
        <translation>{0} ({1}).</translation>
    </message>
    <message>
        <source>Écriture impossible sur le disque : {reason}.</source>
        <translation>Schreiben auf den Datenträger nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>Erreur interne pendant la signature (détails dans {path}).</source>
        <translation>Interner Fehler bei der Unterzeichnung (Details in {path}).</translation>
    </message>
    <message>
        <source>Préparation du contrat à signer…</source>
        <translation>Vertrag wird zur Unterzeichnung vorbereitet…</translation>
    </message>
    <message>
        <source>Mode signature</source>
        <translation>Unterschriftsmodus</translation>
    </message>
    <message>
        <source>Le mode signature ne peut pas s'ouvrir : {e}</source>
        <translation>Der Unterschriftsmodus kann nicht geöffnet werden: {e}</translation>
    </message>
    <message>
        <source>Le mode signature ne peut pas s'ouvrir (erreur interne, détails dans {path}).</source>
        <translation>Der Unterschriftsmodus kann nicht geöffnet werden (interner Fehler, Details in {path}).</translation>
    </message>
</context>
<context>
    <name>SigningMode</name>
    <message>
        <source>Impression</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>Conditions de l'offre</source>
        <translation>Angebotskonditionen</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Une pièce par ligne (extrait RCS, RIB, pièce d'identité…)</source>
        <translation>Ein Dokument pro Zeile (RCS-Auszug, Bankverbindung, Ausweis…)</translation>
    </message>
    <message>
        <source>Déclarée à la signature</source>
        <translation>Bei Unterzeichnung angegeben</translation>
    </message>
    <message>
        <source>Taille du client pour la renonciation au résumé contractuel (art. 15 des CGV)</source>
        <translation>Unternehmensgröße des Kunden für den Verzicht auf die Vertragszusammenfassung (Art. 15 der AGB)</translation>
    </message>
    <message>
        <source>La langue dans laquelle l'offre et son contrat sont imprimés</source>
        <translation>Die Sprache, in der das Angebot und sein Vertrag gedruckt werden</translation>
    </message>
    <message>
        <source>Conditions particulières</source>
        <translation>Besondere Bedingungen</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Reconduction</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Délai de mise à disposition</source>
        <translation>Bereitstellungsfrist</translation>
    </message>
    <message>
        <source>Délai de paiement</source>
        <translation>Zahlungsfrist</translation>
    </message>
    <message>
        <source>Validité de l'offre</source>
        <translation>Angebot gültig bis</translation>
    </message>
    <message>
        <source>Taille déclarée du client</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Langue du document</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>Pièces à communiquer</source>
        <translation>Beizubringende Unterlagen</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <source>Totaux</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>HT</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>TVA</source>
        <translation>MwSt.</translation>
    </message>
    <message>
        <source>TTC</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Redevance mensuelle</source>
        <translation>Monatliche Gebühr</translation>
    </message>
    <message>
        <source>Frais d'installation</source>
        <translation>Installationsgebühr</translation>
    </message>
    <message>
        <source>Valeur totale du contrat (HT, engagement initial)</source>
        <translation>Gesamtvertragswert (netto, Mindestlaufzeit)</translation>
    </message>
    <message>
        <source>TVA : {0}</source>
        <translation>MwSt.: {0}</translation>
    </message>
    <message>
        <source>Frais d'installation indexés : cote {0} / base {1}</source>
        <translation>Indexierte Installationsgebühr: Index {0} / Basis {1}</translation>
    </message>
    <message>
        <source>Installation + {0} mensualités</source>
        <translation>Installation + {0} Monatsgebühren</translation>
    </message>
</context>
<context>
    <name>ValidatedField</name>
    <message>
        <source>Champ obligatoire</source>
        <translation>Pflichtfeld</translation>
    </message>
</context>
</TS>