# view() on a transposed tensor fails; reshape() or contiguous() works.
import torch

x = torch.arange(6).reshape(2, 3)
t = x.t()
print(t.is_contiguous())
try:
    t.view(-1)
except RuntimeError as e:
    print(e)
print(t.reshape(-1))
print(t.contiguous().view(-1))
