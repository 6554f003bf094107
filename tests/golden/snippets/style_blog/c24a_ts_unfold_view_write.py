# unfold returns a view: writes through it reach the series
import torch

x = torch.arange(6.0)
w = x.unfold(0, 3, 1)
print(w._base is x)
w2 = w.clone()
w2[0, 0] = -1
print(x[0])
try:
    w[0, 1] = 99.0
    print(x)
except RuntimeError as e:
    print(e)
print(w.contiguous().view(-1))
try:
    w.view(-1)
except RuntimeError as e:
    print(e)
