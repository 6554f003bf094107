# Q: how exactly does torch.gather pick elements along dim 0 versus dim 1?
import torch

src = torch.tensor([[10, 11, 12], [20, 21, 22], [30, 31, 32]])
idx = torch.tensor([[2, 0], [1, 1]])
print(torch.gather(src, 1, idx))
print(torch.gather(src, 0, idx))
print(src.gather(0, torch.tensor([[2, 1, 0]])))
rows = torch.arange(2).unsqueeze(1)
print(src[rows, idx])
scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]], requires_grad=True)
picked = scores.gather(1, torch.tensor([[1], [0]]))
picked.sum().backward()
print(picked.squeeze(1), scores.grad)
