# batch norm's float32 backward on inputs with one position per sample ((N, C, 1), (N, C, 1, 1)): the channels-last kernel
import torch
torch.manual_seed(0)
for shape in [(2, 5, 1), (7, 3, 1), (4, 3, 1, 1), (2, 16, 1), (33, 9, 1, 1), (5, 4), (3, 4, 2)]:
    for affine in [True, False]:
        x = (torch.randn(*shape) * 3 + 1).requires_grad_()
        bn = {2: torch.nn.BatchNorm1d, 3: torch.nn.BatchNorm1d, 4: torch.nn.BatchNorm2d}[len(shape)](shape[1], affine=affine)
        y = bn(x)
        y.backward(torch.randn(*shape))
        print(shape, affine, x.grad.flatten()[:6].tolist(), x.grad.shape, bn.weight.grad.tolist()[:4] if affine else None,
              bn.bias.grad.tolist()[:4] if affine else None)
