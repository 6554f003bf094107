# Q: why does torch print my tiny gradients in scientific notation?
import torch

grads = torch.tensor([1e-8, 0.5, 3.0])
print(grads)
print(torch.tensor([1e-8, 2e-8]))
print(torch.tensor([0.001, 0.0001]))
torch.set_printoptions(sci_mode=False)
print(grads)
torch.set_printoptions(sci_mode=None)
print(torch.tensor([123456789.0, 1.0]))
