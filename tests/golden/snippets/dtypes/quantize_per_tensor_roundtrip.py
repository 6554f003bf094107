# torch.quantize_per_tensor: the integers, the quantizer, the values back, and the repr
import torch

x = torch.tensor([-1.0, 0.0, 0.5, 1.27, 2.0, -3.333, 0.005, 0.015, 1.555, -0.775])
q = torch.quantize_per_tensor(x, scale=0.01, zero_point=0, dtype=torch.qint8)
print(q)
print(q.int_repr(), q.q_scale(), q.q_zero_point(), q.dtype, q.qscheme(), q.is_quantized, x.is_quantized)
print(q.dequantize())
u = torch.quantize_per_tensor(x, 0.05, 10, torch.quint8)
print(u, u.int_repr())
w = torch.quantize_per_tensor(x, torch.tensor(0.1), torch.tensor(3), torch.qint32)
print(w, w.int_repr(), type(w.q_scale()), type(w.q_zero_point()))
print(torch.dequantize(w), q.element_size(), w.element_size(), q.type(), q.shape, q.numel())
print(q[1:4], q.view(2, 5).t(), q.reshape(5, 2)[0], torch.relu(q).int_repr())
print(torch.per_tensor_affine, torch.per_channel_affine, type(torch.per_tensor_symmetric), torch.qint8, torch.quint8)
