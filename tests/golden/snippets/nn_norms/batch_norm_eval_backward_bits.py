# Gradients through batch norm in eval mode (a frozen BN, a saliency map), bit for bit: ATen's backward
# takes invstd = 1 / sqrt(running_var + eps) in double, grad_input = dy * invstd * w, and sums dy and
# (x - running_mean) * dy as in training, for (N, C), (N, C, L) and a transposed (N, L, C) view.
import torch

torch.manual_seed(5)
for x in (torch.randn(6, 4) * 2 + 1, torch.randn(3, 4, 9) - 0.5, torch.randn(3, 7, 4).transpose(1, 2)):
    bn = torch.nn.BatchNorm1d(4)
    with torch.no_grad():
        bn.weight.uniform_(0.5, 1.5)
        bn.bias.uniform_(-1, 1)
        bn.running_mean.uniform_(-0.5, 0.5)
        bn.running_var.uniform_(0.3, 3.0)
    bn.eval()
    x.requires_grad_()
    y = bn(x)
    (y * torch.cos(torch.arange(y.numel(), dtype=y.dtype)).view(y.shape)).sum().backward()
    print([float(v).hex() for v in x.grad.flatten().tolist()[-6:]])
    print([float(v).hex() for v in bn.weight.grad.tolist()], [float(v).hex() for v in bn.bias.grad.tolist()])
