# Q: in-place add with a bigger right-hand side.
import torch

bias = torch.zeros(3)
batch = torch.ones(2, 3)
print(batch.add_(bias).shape)
try:
    bias.add_(batch)
except RuntimeError as e:
    print(e)
bias += batch.sum(0)
print(bias)
