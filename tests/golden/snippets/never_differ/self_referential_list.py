import torch

a = []
a.append(a)
try:
    torch.tensor(a)
except ValueError as e:
    print("ValueError:", e)
b = [1.0]
b.append(b)
try:
    torch.tensor(b)
except TypeError as e:
    print("TypeError:", e)
