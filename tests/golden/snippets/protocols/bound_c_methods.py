# Looking at a tensor's methods without calling them (a missing pair of parentheses)
import inspect
import torch

A = torch.tensor([[4.0, 3.0], [6.0, 3.0]])
x = torch.ones(3)
print(A.lu_solve)
print(x.add)
print(x.add_, x.relu, x.unsqueeze, x.masked_fill)
print(x.backward)
print(type(x.mul).__name__, x.mul.__name__, x.mul.__self__ is x)
print(x.add == x.add, x.add == torch.ones(3).add)
try:
    inspect.signature(x.add)
except ValueError as e:
    print("ValueError:", e)
loss = x.sum
print(loss)
