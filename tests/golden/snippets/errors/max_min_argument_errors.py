# max / min: the three overloads and PyTorch's argument-parser errors for the function and the method forms.
import torch
x = torch.ones(2, 3)
calls = [("x.max(dim=(0, 1), keepdim=True)", lambda: x.max(dim=(0, 1), keepdim=True)),
 ("x.max(1.5, True)", lambda: x.max(1.5, True)), ("torch.max(x, 1.5, True)", lambda: torch.max(x, 1.5, True)),
 ("x.max(1, 'a')", lambda: x.max(1, 'a')), ("torch.max(x, 1, 'a')", lambda: torch.max(x, 1, 'a')),
 ("x.max(True)", lambda: x.max(True)), ("x.max([0])", lambda: x.max([0])), ("x.max(dim=1.0)", lambda: x.max(dim=1.0)),
 ("torch.max(x, 1, keepdim=1.0)", lambda: torch.max(x, 1, keepdim=1.0)), ("x.max(axis=(0,1))", lambda: x.max(axis=(0,1))),
 ("torch.max(x, (0,1))", lambda: torch.max(x, (0, 1))), ("x.max((0,1))", lambda: x.max((0, 1))),
 ("torch.max(x, other=2.0)", lambda: torch.max(x, other=2.0)), ("x.max(foo=1)", lambda: x.max(foo=1)),
 ("torch.max(3.0)", lambda: torch.max(3.0)), ("torch.max([1, 2])", lambda: torch.max([1.0, 2.0])),
 ("x.max(1, True, 2)", lambda: x.max(1, True, 2)), ("torch.min(x, dim=None)", lambda: torch.min(x, dim=None)),
 ("x.min(None)", lambda: x.min(None)), ("x.max(dim=torch.tensor(1))", lambda: x.max(dim=torch.tensor(1))),
 ("x.max(torch.tensor(1))", lambda: x.max(torch.tensor(1))), ("x.max(np int)", lambda: x.max(__import__('numpy').int64(1)))]
for s, f in calls:
    try:
        r = f()
        print(s, "->", type(r).__name__)
    except Exception as e:
        print(s, "->", type(e).__name__, e)
