# Quiz 2: which lines change a? Solution: only the in-place and the indexing ones.
import torch

a = torch.ones(3)
b = a + 1
a.add(1)
print(a)
a.add_(1)
print(a)
c = a
c *= 2
print(a, c is a)
d = a.clone()
d[0] = -1
print(a, d)
