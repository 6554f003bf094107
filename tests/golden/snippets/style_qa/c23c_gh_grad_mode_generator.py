# Issue: "no_grad decorator on a generator function".
import torch

x = torch.tensor(1.0, requires_grad=True)

@torch.no_grad()
def batches():
    for i in range(2):
        yield x * i, torch.is_grad_enabled()

for val, mode in batches():
    print(val.requires_grad, mode, torch.is_grad_enabled())
print((x * 2).requires_grad)
