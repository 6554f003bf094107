# Symmetric per-channel int8 quantization of a weight matrix
import torch

w = torch.tensor([[0.5, -1.2, 0.3], [0.02, 0.01, -0.03], [2.0, -2.0, 1.0]])
scale = w.abs().amax(dim=1, keepdim=True) / 127
q = torch.clamp(torch.round(w / scale), -127, 127).to(torch.int8)
deq = q.float() * scale
print(scale.squeeze())
print(q)
print((w - deq).abs().amax(dim=1))
print(q.dtype, q.element_size() * q.numel(), w.element_size() * w.numel())
