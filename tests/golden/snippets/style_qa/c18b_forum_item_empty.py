# Q: .item() on an empty selection
import torch

vals = torch.tensor([1.0, 2.0, 3.0])
chosen = vals[vals > 5]
print(chosen, chosen.shape)
try:
    chosen.item()
except RuntimeError as err:
    print(err)
print(chosen.sum().item(), chosen.numel())
print(chosen.mean())
