# Q: tensors as dict keys / in sets behave oddly: they hash by identity; `in` compares elementwise.
import torch

a = torch.tensor(1)
b = torch.tensor(1)
d = {a: "first"}
print(a in d, b in d, len({a, b}))
d2 = {a.item(): "first"}
print(b.item() in d2)
t = torch.tensor([1, 2, 3])
print(2 in t, 5 in t, torch.tensor(3) in t)
try:
    print(torch.tensor([1, 2]) in t)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [torch.tensor(1.0), torch.tensor(2.0)]
try:
    print(torch.tensor(2.0) in lst)
    print(torch.tensor(5.0) in lst)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lst2 = [torch.tensor([1.0, 2.0])]
    print(torch.tensor([3.0, 4.0]) in lst2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted([torch.tensor(3), torch.tensor(1), torch.tensor(2)]))
print(max([torch.tensor(0.5), torch.tensor(2.5)]), t.tolist().index(2))
