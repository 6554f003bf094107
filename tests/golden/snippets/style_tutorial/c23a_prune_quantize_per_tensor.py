# A quantized tensor: int_repr, q_scale, dequantize
import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.27])
q = torch.quantize_per_tensor(x, scale=0.01, zero_point=0, dtype=torch.qint8)
print(q.int_repr())
print(q.q_scale(), q.q_zero_point(), q.dtype)
print(q.dequantize())
