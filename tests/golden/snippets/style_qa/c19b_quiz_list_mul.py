# Quiz 36: list * int vs tensor * int
import torch

lst = [1, 2]
t = torch.tensor([1, 2])
print(lst * 2)
print(t * 2)
print(torch.tensor(lst * 2))
print(lst + [3])
try:
    print(t + [3])
except TypeError as e:
    print(e)
print(t + torch.tensor([3]))
print(sum(t), type(sum(t)))
