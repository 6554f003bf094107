# Quiz C27: what does print show for each tensor?
import torch

shown = torch.tensor([1.5, 2.0], requires_grad=True)
print(shown)
print(shown * 2)
print(shown.detach())
print(shown.sum())
print(torch.tensor(3, dtype=torch.int16))
print(torch.zeros(2, 0))
print(torch.tensor([1e-5, 1.0]), torch.tensor([1e6, 1.0]))
