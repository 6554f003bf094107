import torch

x = torch.arange(6.).reshape(2, 3)
i = torch.zeros(2, 3, dtype=torch.long)
# ops with several signatures list them all, marking what did not fit
for call in (lambda: x.squeeze(0.0), lambda: torch.squeeze(x, dim=None), lambda: x.sort((1,)),
             lambda: torch.argsort(x, dim=1.0), lambda: x.split(1, (0,)), lambda: torch.split(x, 1, dim=0.0),
             lambda: x.split([1, 1], dim=(0,)), lambda: x.movedim((0,), 1), lambda: torch.movedim(x, 0.0, 1),
             lambda: x.scatter((0,), i, x), lambda: x.clone().scatter_(0.0, i, 1.0), lambda: x.narrow(1.0, 0, 1),
             lambda: x.tensor_split(2, 0.0), lambda: torch.repeat_interleave(x, 2, dim=(0,)),
             lambda: x.median(None), lambda: x.any(dim=0.5), lambda: x.count_nonzero((0,), 1)):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
