# The parser lists keywords in its C++ hash map's order (not the call's); it looks for them among the last slots.
import torch

x = torch.ones(2, 3)
calls = [("dim, keepdim", lambda: torch.max(x, dim=1, keepdim=2)), ("keepdim, dim", lambda: torch.max(x, keepdim=2, dim=1)),
         ("a b c d", lambda: torch.max(x, a=1, b=2, c=3, d=4)),
         ("five", lambda: torch.max(x, zeta=1, alpha=2, other=3, beta=4, gamma=5)),
         ("method float dim", lambda: x.max(dim=1.5, keepdim=True)), ("clamp", lambda: torch.clamp(x, mn=1, mx=2)),
         ("sum", lambda: torch.sum(x, dim=0, keepdim=True, dtype=1, foo=2)),
         ("fifteen", lambda: torch.max(x, **{f"k{i}": i for i in range(15)}))]
for text, call in calls:
    try:
        call()
    except TypeError as e:
        print(text, "->", e)
