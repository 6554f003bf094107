# Q: assigning floats into a LongTensor truncates silently; a float tensor assigned into an int tensor too.
import torch

labels = torch.zeros(4, dtype=torch.long)
labels[0] = 2.7
labels[1:3] = torch.tensor([1.9, -1.9])
print(labels)
x = torch.zeros(3, dtype=torch.int32)
x += torch.tensor([1, 2, 3], dtype=torch.int32)
print(x)
try:
    x += torch.tensor([0.5, 0.5, 0.5])
except RuntimeError as e:
    print("RuntimeError:", e)
x.fill_(7.9)
print(x)
u = torch.zeros(2, dtype=torch.uint8)
u[0] = 300
u[1] = -1
print(u)
f = torch.zeros(2)
f[0] = 1e40
f[1] = True
print(f, f.dtype)
b = torch.zeros(3, dtype=torch.bool)
b[1] = 5
print(b)
