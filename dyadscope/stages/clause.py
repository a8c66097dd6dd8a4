"""The clause of a trigger: the tokens whose phrases can date or place the event.

A date or place phrase belongs to the event when it hangs anywhere in the trigger's
own clause (the parser attaches "on Monday" or "in Geneva" to the verb, its object
or an infinitive about equally often), but not inside another clause: in "X said on
Monday that Y attacked Z", "on Monday" dates the saying, not the attack.
"""

from __future__ import annotations

from spacy.tokens import Token

# Dependencies that open another clause with its own time and place.
OTHER_CLAUSE = frozenset({"ccomp", "relcl", "advcl", "parataxis", "csubj", "csubjpass", "acl"})
MAX_TOKENS = 80  # a clause is never longer; stops runaway walks on list-like sentences


def clause_root(anchor: Token) -> Token:
    """The verb whose clause holds the trigger: itself, or the verb an event noun hangs from."""
    tok = anchor
    for _ in range(3):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj", "prep", "compound", "appos"):
            tok = tok.head
        else:
            return tok
    return tok


def clause_tokens(anchor: Token) -> list[Token]:
    """Tokens of the trigger's clause, nearest to the trigger first."""
    root = clause_root(anchor)
    seen = {root.i}
    found = [root]
    stack = [root]
    # Climb through xcomp/conj so that "is set to visit X on Monday" reaches "set".
    up = root
    for _ in range(2):
        if up.dep_ in ("xcomp", "conj") and up.head.i != up.i:
            up = up.head
            if up.i not in seen:
                seen.add(up.i)
                found.append(up)
                stack.append(up)
    while stack and len(found) < MAX_TOKENS:
        tok = stack.pop()
        for child in tok.children:
            if child.i in seen or (child.dep_ in OTHER_CLAUSE and child.pos_ in ("VERB", "AUX")):
                continue  # a noun labelled advcl is a parse slip, not another clause
            seen.add(child.i)
            found.append(child)
            stack.append(child)
    return sorted(found, key=lambda t: (abs(t.i - anchor.i), t.i))
