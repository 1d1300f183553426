"""Common Norwegian first names, to read a list of first names alone ("Nora, Vegard, Erik").

Small groups often list who came by first name only. A list is read that way only when
every word in it is a first name known here, so a list of places ("Hamar, Løten, Stange")
is never taken for people. Written from general knowledge of Norwegian naming; the list
only needs the names that are common, not every name.
"""

from __future__ import annotations

import functools

_WRITTEN = """
Aase Ada Adrian Agnes Agnete Alexander Alf Alfred Alice Alma Amalie Amanda Anders André
Andrea Andreas Ane Anette Anita Anja Ann Anna Anne Annette Anniken Arild Arne Arnfinn
Arnhild Arvid Asbjørn Aslak Astrid Atle Audun Aud Axel Asle Åse Åsmund Åshild
Bente Berit Bernt Birgit Birgitte Bjarne Bjørg Bjørn Bodil Borghild Brit Brita Britt
Camilla Carina Carl Caroline Cathrine Cecilie Christian Christina Christine Christoffer
Dag Dagfinn Dagny Daniel David Eilif Einar Eirik Eivind Elin Elisabeth Elise Ella Ellen
Elsa Else Emil Emilie Emma Erik Erlend Erling Espen Even Eva Frank Fredrik Frida Frode
Geir Georg Gerd Gina Gisle Gjermund Grete Gro Gudrun Gunhild Gunn Gunnar Gunnhild Guri
Gustav Guttorm Hallvard Halvor Hanna Hanne Hans Harald Hege Heidi Helene Helga Helge
Hilde Hildegunn Hjalmar Håkon Hallgeir Halldis Håvard Ida Idun Inga Inge Ingeborg Ingrid
Ingunn Ingvild Iris Ivar Jakob Jan Janne Jarle Jens Jenny Jo Joakim Johan Johanne
Johannes John Jon Jonas Jorun Jorunn Jostein Julie Jørgen Jørn Kaja Kari Karin Karina
Karl Karoline Kasper Katrine Kim Kine Kirsten Kjell Kjersti Kjetil Klara Knut Kristian
Kristin Kristine Kristoffer Kåre Lars Laila Lene Leif Lena Liv Linda Line Linn Lise
Lisbeth Live Lotte Ludvig Magne Magnus Maja Maren Margit Margrethe Maria Marianne Marit
Marte Martin Martine Mathias Mats Mette Mia Mona Morten Nils Nina Nora Odd Oddbjørn
Oddny Olav Ole Oline Oskar Ove Pål Per Peder Petter Pernille Ragnar Ragnhild Randi Ranveig
Rasmus Reidar Reidun Rita Roar Robert Roger Rolf Rune Ruth Sara Sebastian Sigbjørn
Sigmund Signe Sigrid Sigurd Silje Simen Simon Sindre Siri Siv Snorre Solveig Sondre Sonja
Stein Steinar Stian Stig Sturla Sunniva Susanne Svein Sverre Synne Synnøve Sølvi Terje
Thea Thomas Thor Tina Tine Tobias Tom Tone Tor Tora Torbjørn Tore Torgeir Torill Torstein
Trine Trond Trude Tuva Turid Unni Vegard Vemund Vera Vibeke Victoria Vidar Vigdis
Vilde Viljar Wenche Yngve Øystein Øyvind Åge Eli Tiril Marthe Magnhild
Henrik Henriette Herman Isak Jørund Lasse Leon Liam Lukas Markus Mikkel
Noah Olivia Ola Philip Preben Sander Selma Sofie Sofia Stine Thale Tonje
Torunn Ulrik Vetle Wilhelm Yvonne Åsne Øyvor Aksel Brynjar Dordi Edel Eldbjørg
Gunvor Gyda Halfdan Ingebjørg Jofrid Kolbjørn Målfrid Nikolai Oddrun Ragna Rolv Solfrid
Svanhild Torhild Torleif Valborg Åsta Gry Tove Sissel Inger Ørjan Toril Monica Merete
Aslaug Tormod Ingvar Gaute Finn Egil Eldar Bård Bjørnar Asgeir Arve Bodhild Eirin Frøydis
Grethe Jorid Kai Kirsti Kristen Lill Marta Mari Ottar Ragnvald Rannveig Sigve Sidsel
Solbjørg Terese Torvald Trygve Åslaug Annie Vanja Hildegun
Anny Arnt Audhild Beate Bengt Bergljot Borgny Brynhild Dagrun Eilert Eldrid Gjertrud Gudny
Gunnvor Hallgerd Hallstein Harriet Harriett Henny Herdis Hildur Hjørdis Hugo Håvar Idar
Ingar Ingebrigt Inghild Ingjerd Ingolf Irene Jardar Johnny Karen Karstein Karsten Kenneth
Ketil Kjartan Kristofer Kurt Leiv Lillian Lisa Magnar Malin Marius Mathilde Merethe Mikal
Nancy Norunn Oddmund Oddvar Oddveig Olaug Olve Paul Ragnfrid Rigmor Roald Ronald Ronny Roy
Sigrun Solvor Sveinung Sylvi Teodor Thorleif Tommy Torbjørg Tord Torgrim Torild Valdemar
Vebjørn Wenke Yngvild Oliv
Abdi Adam Agnar Ahmed Aleksander Alexandra Ali Amund Andrine Angelica Annbjørg Asbjørg
Astri Bendik Benedicte Benjamin Bernhard Birger Birte Bjarte Borgar Brage Børre Charlotte
Christel Cornelia Dagmar Dina Edvard Edvin Elias Ellinor Elvira Endre Erna Eskil Gudmund
Gullik Guro Halvard Hedda Hedvig Helle Henning Herborg Hermund Hogne Holger Ingvill Isabel
Isabelle Joar Jomar Jone Jonny Josefine Julian Kamilla Karianne Karine Kato Kjellaug Lisbet
Lovise Mads Malene May Mikael Mina Nicolai Njål Norvald Oda Oddbjørg Oddgeir Oddlaug Oddvin
Oliver Oscar Petra Pia Ragni Rakel Rebecca Robin Runar Rut Sandra Sanna Signy Sigvald Sjur
Stina Svend Sylvia Tarjei Therese Tomi Tordis Torfinn Torodd Ulf Vegar Veronica Veronika
Viktor Vivian Ylva Yngvar Ådne Øivind Marie Fridtjof Gisela
Miriam Monika Leah Lea Lucas Filip William Theodor Aurora Iben Ronja Alvhild Peter Ludwig
Paal Johannes Jørg Jonathan Niklas
Siw Eystein Marita Mariann Ståle Elisabet Kristina Kristi Gunnlaug Sigrunn Torun Torkel
Kjellrun Gudbrand Eivor Solrun Arnstein
Sten Jarl Otto Ansgar Anton Benny Bjørge Carsten Didrik Edgar Eigil Elling Embret Eyvind
Frederik Gjert Gunder Gunleik Haldor Halstein Helmer Herleif Hilmar Ingolv Ivan Jahn
Jermund Jøran Kjeld Knud Konrad Lauritz Lorentz Mathis Mattias Nikolas Oddleif Olaf Olai
Osvald Reidulf Rikard Rudolf Sivert Steffen Stefan Syver Thorvald Tollef Torje Torkjell
Ture Valter Walter Werner Willy Villy Ørnulf Herbjørn Kolbein Leidulf Sigvart Sølve
Tarald Terkel Tjerand Trym Vilhelm Jesper Jonatan Patrick Henry Gudleik Steingrim
Agnethe Alvild Anbjørg Annlaug Asta Audny Bergit Elfrid Elsbeth Gunnbjørg Gudveig Gyri
Hallfrid Hilda Hildegard Ingri Ingerid Jytte Kaia Liss Margunn Mary Mildrid Nanna Olga
Sigfrid Steinunn Torfrid Torgunn Åsa Aina Nelly Hannah Emilia Tirill Thora Maiken Mathea
Iselin Linnea Linnéa Hermine Vilja Ingelin Rønnaug Kjellfrid Randveig Torgerd Evy Jannicke
Elen Helen
Mohammed Mohamed Muhammad Muhammed Ahmad Hassan Abdullah Yusuf Mustafa Ibrahim Amir Hamza
Ismail Khalid Abdirahman Fatima Amina Aisha Maryam Hodan Zahra Nadia Leila Yasmin Samira
Hamid Karim Tariq Imran Bilal Zainab Jamal Faisal Piotr Tomasz Krzysztof Pawel Marek
Marcin Agnieszka Katarzyna Magdalena Joanna Tomas Darius Irina Natalia Svetlana Elena
Aleksandr Priya Arjun Jasmin Goran Zoran Dragan Marija Ivana Jelena Mehmet Juan Jose
Miguel Pedro Tesfay Yonas Dawit Yohannes
Ánde Áilu Máret Ánne Biret Niillas Ánte Risten Ingá Máhtte Jovnna Ánná Sunná Aslat
Márjá Marja Elle Ellá Piera Mihkkal Heaika Issát Ovllá Jovsset Sárá Gáren
Liisa Hilja Aili Aino Eino Toivo Sulo Helmi Irja Kaisa Leena Pekka Matti Juhani Eeva Raija
"""
FIRST_NAMES: frozenset[str] = frozenset(name.casefold() for name in _WRITTEN.split())


@functools.lru_cache(maxsize=4096)
def is_first_name(word: str) -> bool:
    """A common first name, or two joined by a hyphen ("Ann-Kristin", "Per-Olav"), also
    typed with "aa" for "å" ("Haavard"). Cached: asked for the same few words of a
    document again and again, and the answer never changes."""
    for part in word.split("-"):  # (a loop, not ``all`` over a generator: asked often)
        folded = part.casefold()
        if folded not in FIRST_NAMES and folded.replace("aa", "å") not in FIRST_NAMES:
            return False
    return True
