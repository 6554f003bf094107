# torch.gather along dim 0 and dim 1
import torch

t = torch.tensor([[1, 2], [3, 4]])
print(torch.gather(t, 1, torch.tensor([[0, 0], [1, 0]])))
print(torch.gather(t, 0, torch.tensor([[1, 0], [0, 0]])))
torch.manual_seed(0)
src = torch.randn(3, 4)
idx = torch.tensor([[3], [0], [2]])
print(src)
print(src.gather(1, idx))
print(src.gather(dim=1, index=idx).squeeze(1))
