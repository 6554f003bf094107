# When the ratio of the largest to smallest magnitude is large, printing switches to scientific notation.
import torch

print(torch.tensor([1.0, 10.0, 100.0]))
print(torch.tensor([1.0, 1000.0, 1e6]))
print(torch.tensor([0.001, 0.5]))
print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([123456.0, 0.25]))
print(torch.tensor([1e10]))
print(torch.tensor([3e-8, -2e-8]))
