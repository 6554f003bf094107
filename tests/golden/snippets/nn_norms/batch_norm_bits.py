# Batch norm's output and running statistics bit for bit: (N, C), (N, C, L), (N, C, H, W), float64, eval.
import torch

torch.manual_seed(0)
for shape in [(8, 4), (64, 10), (2, 3, 5), (3, 2, 19), (4, 3, 4, 4), (5, 3, 1)]:
    x = torch.rand(*shape) * 20 + 5
    bn = torch.nn.BatchNorm1d(shape[1]) if len(shape) < 4 else torch.nn.BatchNorm2d(shape[1])
    with torch.no_grad():
        bn.weight.uniform_(0.5, 1.5)
        bn.bias.uniform_(-1, 1)
    for step in range(2):
        y = bn(x * (step + 1))
    print([float(v).hex() for v in y.reshape(-1).tolist()[:8]])
    print([float(v).hex() for v in bn.running_mean.tolist() + bn.running_var.tolist()])
    bn.eval()
    print([float(v).hex() for v in bn(x).reshape(-1).tolist()[:8]])
    bnd = (torch.nn.BatchNorm1d(shape[1]) if len(shape) < 4 else torch.nn.BatchNorm2d(shape[1])).double()
    print([float(v).hex() for v in bnd(x.double()).reshape(-1).tolist()[:8]])
