# Section 2.5: torch.diff as the discrete derivative
import torch

t = torch.tensor([1, 4, 9, 16, 25])
print(torch.diff(t), torch.diff(t, n=2), torch.diff(t, n=3))
print(torch.diff(t, prepend=torch.tensor([0])), torch.diff(t, append=torch.tensor([36, 49])))
m = torch.tensor([[1.0, 3.0, 6.0], [2.0, 2.0, 2.0]])
print(torch.diff(m, dim=0), torch.diff(m))
print(torch.diff(torch.tensor([True, False, False, True])))
