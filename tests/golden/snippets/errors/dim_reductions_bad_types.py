import torch

x = torch.arange(6.).reshape(2, 3)
# sum/mean/std/var take a tuple of dims, but not a float, a bool or a float tensor
for call in (lambda: x.sum(1.0), lambda: torch.mean(x, 0.5), lambda: x.mean(dim=True), lambda: x.sum(torch.tensor(0.)),
             lambda: torch.std(x, 1.0), lambda: x.var(0.0), lambda: torch.amax(x, 1.0), lambda: x.amin(dim="a"),
             lambda: torch.logsumexp(x, None), lambda: x.nansum(0.0), lambda: torch.var_mean(x, 1.0),
             lambda: x.sum((0, 1.0)), lambda: x.amax([0, "a"]), lambda: x.sum((True,)), lambda: x.prod(None),
             lambda: x.prod(True), lambda: x.all(dim=1.0), lambda: torch.count_nonzero(x, 0.0)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
