# narrow, select and unfold all return views.
import torch

s = torch.arange(10.0)
n = s.narrow(0, 2, 5)
print(n, n.storage_offset())
w = s.unfold(0, 4, 3)
print(w)
print(w.stride(), w.shape)
m = s.view(2, 5)
print(m.select(1, 3), m.select(0, -1))
n[0] = 99
print(s[:4])
