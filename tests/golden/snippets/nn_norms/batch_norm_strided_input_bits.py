# Batch norm of a strided input (a transposed (N, L, C) view, a transposed (C, N) matrix), bit for bit:
# ATen's generic path for the output, running statistics, eval output and the training backward.
import torch

torch.manual_seed(3)
cases = [(torch.randn(4, 9, 5) * 3 + 1).transpose(1, 2), (torch.randn(3, 6) * 2 - 1).t(),
         (torch.randn(7, 4, 3, dtype=torch.float64) + 0.5).permute(2, 1, 0)]
for x in cases:
    x.requires_grad_()
    bn = torch.nn.BatchNorm1d(x.shape[1], momentum=None).to(x.dtype)
    with torch.no_grad():
        bn.weight.uniform_(0.5, 1.5)
        bn.bias.uniform_(-1, 1)
    y = bn(x)
    bn(x * 2)
    (y * torch.randn_like(y)).sum().backward()
    print(x.stride(), y.is_contiguous(), [float(v).hex() for v in y.flatten().tolist()[-6:]])
    print([float(v).hex() for v in bn.running_mean.tolist() + bn.running_var.tolist()])
    print([float(v).hex() for v in x.grad.flatten().tolist()[-6:]], [float(v).hex() for v in bn.weight.grad.tolist()])
    bn.eval()
    print([float(v).hex() for v in bn(x).flatten().tolist()[-6:]])
x = torch.randn(2, 6, 4).transpose(1, 2)
print(torch.nn.functional.batch_norm(x, None, None, training=True).sum(dim=(0, 2)))
