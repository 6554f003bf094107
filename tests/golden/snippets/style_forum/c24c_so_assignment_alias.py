# Q: b = a then modifying b also changes a
import torch

orig = torch.zeros(3)
same = orig
same += 1
print(orig)
copy = orig.clone()
copy += 1
print(orig, copy)
tail = orig[1:]
tail.fill_(7)
print(orig)
picked = orig[[0, 1]]
picked.fill_(-1)
print(orig, picked)
