# Bool tensors through ops PyTorch has no bool kernel for (abs, floor, relu, argmax, median, matrix products, trace) and those it keeps (sign, outer).
import torch
b = torch.tensor([[True, False], [False, True]])
for e in ['b.ceil()', 'b.argmin()', 'b.argmax(0)', 'b.sign()', 'b.sign().dtype', 'b.abs_()', 'torch.abs(b)', 'torch.relu(b)', 'b.relu_()', 'b.floor_()', 'b.floor()',
          'b.median(0)', 'b.median()', 'b.nanmedian()', 'b @ b', 'b.mv(b[0])', 'torch.mm(b, b)', 'torch.trace(b)', 'torch.round(b)', 'torch.round(b, decimals=1)', 'b.fix()', 'b.trunc()',
          'torch.vdot(b[0], b[1])', 'torch.matmul(b[0], b[1])', 'torch.bmm(b[None], b[None])', 'torch.einsum("ij,jk->ik", b, b)',
          'torch.nn.functional.linear(b, b)', 'torch.nn.functional.conv1d(b[None], b[:, :, None].expand(2, 2, 1))', 'torch.outer(b[0], b[1])',
          'torch.tensor([1, -2]).abs()', 'torch.tensor([1, -2]).sign()', 'torch.tensor([1.5]).floor()', 'torch.tensor([3, -1]).relu()']:
    try:
        print(e, '->', eval(e))
    except RuntimeError as x:
        print(e, '->', type(x).__name__, str(x).split(chr(10))[0])
