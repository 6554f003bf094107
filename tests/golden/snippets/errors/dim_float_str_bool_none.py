import torch

x = torch.arange(6.).reshape(2, 3)
# a dim computed as a float (x.ndim / 2), a name, a bool or None where PyTorch takes an int
for d in (x.ndim / 2, "rows", True, None, torch.tensor(1.)):
    for call in (lambda: torch.cumsum(x, d), lambda: x.argmax(d), lambda: x.unsqueeze(dim=d),
                 lambda: torch.narrow(x, d, 0, 1), lambda: x.repeat_interleave(2, d), lambda: x.index_add(d, torch.tensor([0]), x[:1])):
        try:
            print(call().shape)
        except TypeError as e:
            print("TypeError:", e)
