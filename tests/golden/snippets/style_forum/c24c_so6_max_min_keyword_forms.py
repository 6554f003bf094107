# Q: torch.max with dim, other, keepdim -- which combinations are allowed?
import torch

x = torch.tensor([[1, 7], [4, 2]])
calls = [lambda: torch.max(x, dim=1), lambda: torch.max(x, 1, True), lambda: torch.max(x, other=x.flip(0)),
         lambda: torch.max(x, dim=0, keepdim=True, other=x), lambda: torch.min(input=x, dim=0),
         lambda: torch.max(x, torch.tensor(3)), lambda: torch.max(x, 3), lambda: x.max(dim=1, keepdim=False).indices,
         lambda: torch.max(x, dim=(0, 1))]
for f in calls:
    try:
        print(f())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])
