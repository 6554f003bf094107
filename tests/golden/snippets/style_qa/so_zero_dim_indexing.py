# Q: indexing a 0-d tensor, tensor([5]) vs tensor(5), and using tensors as Python indices.
import torch

s = torch.tensor(5)
v = torch.tensor([5])
print(s.shape, v.shape, s.dim(), v.dim(), s.numel(), v.numel())
try:
    s[0]
except IndexError as e:
    print(e)
print(v[0], v[0].shape, s[()], s.item(), v.item())
lst = ['a', 'b', 'c']
print(lst[torch.tensor(1)])
try:
    print(lst[torch.tensor([1])])
except TypeError as e:
    print(e)
print(range(10)[torch.tensor(3)], torch.arange(5)[torch.tensor(2)])
print(s.unsqueeze(0), v.squeeze(), s.reshape(1, 1))
