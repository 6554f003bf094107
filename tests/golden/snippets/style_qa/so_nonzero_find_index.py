# Q: how do I find the index of a value in a tensor?
import torch

t = torch.tensor([3, 1, 3, 7, 3])
print((t == 3).nonzero())
print((t == 3).nonzero(as_tuple=True))
print((t == 3).nonzero().squeeze().tolist())
print(torch.where(t == 3))
print(torch.where(t == 3)[0][0].item())
print((t == 9).nonzero(), (t == 9).nonzero().shape)
m = torch.tensor([[0, 5], [5, 1]])
print((m == 5).nonzero())
print(torch.argwhere(m == 5))
print(torch.nonzero(m, as_tuple=False).tolist())
print(t.eq(3).any().item(), t.eq(3).all().item(), t.eq(3).sum())
