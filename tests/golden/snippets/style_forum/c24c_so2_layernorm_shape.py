# Q: LayerNorm normalized_shape mismatch
import torch
import torch.nn as nn

ln = nn.LayerNorm(4)
x = torch.arange(8.0).reshape(2, 4)
print(ln(x))
try:
    ln(torch.zeros(4, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
print(ln, ln.weight.shape)
