import torch

m = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(m.t())
print(m.T)
print(m.transpose(0, 1))
print(torch.transpose(m, 1, 0))
print(m.mT)
print(m.t().is_contiguous(), m.is_contiguous())
