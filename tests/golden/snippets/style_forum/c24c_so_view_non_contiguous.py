# Q: view size is not compatible with input tensor's size and stride
import torch

mat = torch.arange(12).reshape(3, 4)
tr = mat.t()
try:
    tr.view(12)
except RuntimeError as e:
    print("RuntimeError:", e)
print(tr.reshape(12))
print(tr.contiguous().view(-1))
print(tr.is_contiguous(), tr.stride(), tr.contiguous().stride())
