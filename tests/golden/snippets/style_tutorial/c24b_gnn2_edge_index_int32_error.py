# int32 edge indices: which ops accept them and which want int64
import torch

ei = torch.tensor([[0, 1, 2], [1, 2, 0]], dtype=torch.int32)
x = torch.tensor([[1.0], [2.0], [3.0]])
print(x[ei[0]].squeeze(1))
print(torch.zeros(3, 1).index_add(0, ei[1], x[ei[0]]).squeeze(1))
try:
    torch.zeros(3).scatter_add(0, ei[1], x.squeeze(1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.zeros(3).scatter_add(0, ei[1].long(), x.squeeze(1)))
print(torch.bincount(ei[1]))
