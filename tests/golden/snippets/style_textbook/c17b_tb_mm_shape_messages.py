# The messages from mm, bmm, mv and matmul when shapes do not line up.
import torch

a = torch.ones(2, 3)
tries = [lambda: torch.mm(a, a), lambda: torch.bmm(a, a),
         lambda: torch.bmm(torch.ones(2, 2, 3), torch.ones(3, 3, 2)),
         lambda: torch.mv(a, torch.ones(2)), lambda: a @ torch.ones(4),
         lambda: torch.ones(5) @ torch.ones(4), lambda: torch.dot(a, a)]
for attempt in tries:
    try:
        attempt()
    except RuntimeError as err:
        print(err)
