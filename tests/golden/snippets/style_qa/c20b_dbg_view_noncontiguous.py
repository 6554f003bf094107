# view after transpose
import torch

x = torch.arange(12.).reshape(3, 4)
t = x.t()
print(t.is_contiguous())
try:
    t.view(12)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(12))
print(t.contiguous().view(2, 6))
