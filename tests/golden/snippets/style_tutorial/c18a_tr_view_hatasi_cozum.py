# Transpozdan sonra view hatası: contiguous() veya reshape
import torch

x = torch.arange(6.).reshape(2, 3)
xt = x.t()
print("bitişik mi:", xt.is_contiguous(), "adımlar:", xt.stride())
try:
    xt.view(6)
except RuntimeError as hata:
    print("Hata:", hata)
print("contiguous ile:", xt.contiguous().view(6))
print("reshape ile:", xt.reshape(6))
