# quantize_per_tensor rounds x / scale + zero_point to the nearest even integer, then clamps
import torch

torch.manual_seed(3)
x = torch.randn(40) * 3
x[:20] = torch.round(x[:20] / 0.007 * 2) / 2 * 0.007  # halfway cases
for dtype, zero_point in [(torch.qint8, -5), (torch.quint8, 128), (torch.qint32, 128), (torch.qint8, 0)]:
    q = torch.quantize_per_tensor(x, 0.007, zero_point, dtype)
    print(dtype, q.int_repr().tolist())
    print(q.dequantize().tolist()[:10])
print(torch.quantize_per_tensor(torch.tensor([0.4305, -2.0475, 1.555]), 1 / 3, 7, torch.quint8).int_repr())
