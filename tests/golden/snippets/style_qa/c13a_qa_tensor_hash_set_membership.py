# Q: why does `t in some_list` or a dict keyed by tensors behave strangely? Tensors compare elementwise, hash by id.
import torch

a = torch.tensor(1.0)
b = torch.tensor(1.0)
print(a == b, a is b, hash(a) == hash(b))
d = {a: "first"}
print(b in d, a in d)
s = {torch.tensor(2), torch.tensor(2)}
print(len(s))
items = [torch.tensor([1, 2]), torch.tensor([3, 4])]
try:
    print(torch.tensor([3, 4]) in items)
except RuntimeError as e:
    print(e)
print(any(torch.equal(torch.tensor([3, 4]), t) for t in items))
print(2 in torch.tensor([1, 2, 3]), 5 in torch.tensor([1, 2, 3]))
print(torch.tensor([1, 2, 3]).tolist().index(2), (torch.tensor([1, 2, 3]) == 2).nonzero().item())
print(sorted([torch.tensor(3), torch.tensor(1), torch.tensor(2)]))
