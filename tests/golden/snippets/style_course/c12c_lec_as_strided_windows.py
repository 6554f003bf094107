# Lecture: as_strided builds overlapping views without copying.
import torch

x = torch.arange(10.0)
win = x.as_strided(size=(4, 3), stride=(2, 1))
print(win)
print(win.stride(), win.storage_offset())
diag = torch.arange(16).reshape(4, 4).as_strided((4,), (5,))
print(diag)
off = x.as_strided((3, 2), (1, 3), storage_offset=2)
print(off)
x[2] = 100.0
print(win[1])
print(torch.as_strided(x, (2, 2), (1, 1)))
