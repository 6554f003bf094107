# Fake quantization by hand: affine uint8 quantize, dequantize, and the error
import torch

x = torch.tensor([-1.0, -0.37, 0.0, 0.25, 0.9, 1.6])
qmin, qmax = 0, 255
scale = (x.max() - x.min()) / (qmax - qmin)
zero_point = int(torch.round(qmin - x.min() / scale))
q = torch.clamp(torch.round(x / scale) + zero_point, qmin, qmax)
x_hat = (q - zero_point) * scale
print(scale, zero_point)
print(q)
print(x_hat)
print((x - x_hat).abs().max() <= scale / 2 + 1e-6)
print(q.to(torch.uint8))
