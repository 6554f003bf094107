# a learner collects losses as tensors then calls np.array / np.mean on them
import numpy as np
import torch

torch.manual_seed(0)
losses = []
w = torch.randn(3, requires_grad=True)
for i in range(4):
    loss = (w * (i + 1)).pow(2).sum()
    losses.append(loss.item())
arr = np.array(losses)
print(arr.dtype, arr.round(4))
print(np.mean(arr))
print(torch.tensor(losses).mean())
stacked = torch.stack([torch.tensor(l) for l in losses])
print(stacked.dtype, stacked.argmin().item())
