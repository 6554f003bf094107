import torch

m = torch.zeros(2, 3, requires_grad=True)
for name in ("T", "H", "mT", "mH"):
    r = getattr(m, name)
    print(name, tuple(r.shape), r.stride(), type(r.grad_fn).__name__)
print(torch.zeros(2, 2, 3).mH.shape)
for x in (torch.tensor(1.), torch.zeros(3), torch.zeros(2, 2, 2)):
    for name in ("H", "mH", "mT"):
        try:
            print(name, x.ndim, tuple(getattr(x, name).shape))
        except RuntimeError as e:
            print(name, x.ndim, "RuntimeError:", e)
