<p>${client?no_esc}</p>
