# MinMaxObserver: running min/max and the qparams they give; QuantStub/DeQuantStub before conversion
import torch
from torch.ao.quantization import DeQuantStub, MinMaxObserver, QuantStub

o = MinMaxObserver()
print(o, o.dtype, o.qscheme, o.quant_min, o.quant_max, o.eps, list(o.state_dict().keys()))
o(torch.tensor([-1.0, 2.5, 0.3]))
print(o, o.calculate_qparams())
o(torch.tensor([[4.0, -0.1]]))
print(o.min_val, o.max_val, o.calculate_qparams())
scale, zero_point = o.calculate_qparams()
x = torch.tensor([-0.7, 0.0, 1.3, 3.9])
q = torch.quantize_per_tensor(x, float(scale), int(zero_point), torch.quint8)
print(q.int_repr(), q.dequantize())
s = MinMaxObserver(dtype=torch.qint8, qscheme=torch.per_tensor_symmetric)
s(torch.tensor([-1.0, 2.5]))
print(s.calculate_qparams(), s, s.quant_min)
print(MinMaxObserver().calculate_qparams())
u = MinMaxObserver(qscheme=torch.per_tensor_symmetric)
u(torch.tensor([0.2, 0.9]))
print(u.calculate_qparams(), MinMaxObserver(reduce_range=True).quant_max)
z = MinMaxObserver(quant_min=0, quant_max=15)
z(torch.tensor([-0.37, 1.41]))
print(z.calculate_qparams(), z.quant_min, z.quant_max)
print(QuantStub(), DeQuantStub(), QuantStub()(torch.ones(2)), DeQuantStub()(torch.ones(2)))
try:
    MinMaxObserver(qscheme=torch.per_channel_affine)
except NotImplementedError as e:
    print(e)
