import torch
import torch.nn.functional as F

weight = torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0]])
out = F.embedding(torch.tensor([0, 1]), weight, max_norm=1.0)
print(out)
print(weight)
w2 = torch.tensor([[1.0, 1.0], [2.0, 2.0]], requires_grad=True)
e = F.embedding(torch.tensor([[1, 0, 1]]), w2, padding_idx=0)
e.sum().backward()
print(e.shape, w2.grad)
