# Advanced indexing: integer tensors, index_select, take, gather on rows, boolean rows, put_ and index_add_.
import torch

x = torch.arange(20).reshape(4, 5)
rows = torch.tensor([0, 2, 3])
cols = torch.tensor([1, 1, 4])
print(x[rows, cols])
print(x[rows][:, cols])
print(x[[0, 3]], x[:, [0, -1]])
print(x[rows[:, None], cols])
print(torch.index_select(x, 1, torch.tensor([4, 0])))
print(torch.take(x, torch.tensor([0, 7, 19])))
print(x.gather(1, torch.tensor([[0], [1], [2], [3]])).squeeze(1))
print(x[x.sum(1) > 20])
print(x[..., 1:3][1:])
y = torch.zeros(5)
y.index_add_(0, torch.tensor([0, 0, 4]), torch.tensor([1.0, 2.0, 3.0]))
print(y)
z = torch.zeros(2, 3)
z.put_(torch.tensor([0, 5]), torch.tensor([9.0, 8.0]))
print(z)
x2 = x.clone()
x2[rows, cols] = -1
print(x2)
x2[:, torch.tensor([True, False, True, False, False])] = 0
print(x2)
try:
    x[torch.tensor([4])]
except IndexError as e:
    print("IndexError:", e)
