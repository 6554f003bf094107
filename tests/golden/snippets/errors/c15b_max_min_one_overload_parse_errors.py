# max / min called with as many arguments as only the dim overload takes: that overload's own parse error.
import torch

x = torch.tensor([[3, 9, 9], [4, 1, 8]], dtype=torch.int32)
calls = [("torch.max(x, 1, True, 5)", lambda: torch.max(x, 1, True, 5)),
         ("torch.min(x, 0, False, None)", lambda: torch.min(x, 0, False, None)),
         ("torch.max(x, 1, True, dim=1)", lambda: torch.max(x, 1, True, dim=1)),
         ("torch.min(x, 1, keepdim=True, foo=1)", lambda: torch.min(x, 1, keepdim=True, foo=1)),
         ("torch.max(x, 1, False, out=None)", lambda: torch.max(x, 1, False, out=None)),
         ("x.max(1, True, 5)", lambda: x.max(1, True, 5)),
         ("torch.max(x, x, 1)", lambda: torch.max(x, x, 1)),
         ("x.min(1, keepdim=2)", lambda: x.min(1, keepdim=2))]
for text, call in calls:
    try:
        r = call()
        print(text, "->", type(r).__name__)
    except TypeError as e:
        print(text, "->", e)
