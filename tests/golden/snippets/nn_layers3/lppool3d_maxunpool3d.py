# nn.LPPool3d and nn.MaxUnpool3d: values, grad_fn, gradients, reprs and MaxUnpool3d's refusals
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 4, 4, 5, requires_grad=True)
pool = nn.LPPool3d(2, (2, 2, 3), stride=(2, 1, 2))
y = pool(x)
print(pool, y.grad_fn, y.shape)
print(y[0, 1, 0])
print(F.lp_pool3d(x, 1.5, 2, ceil_mode=True)[0, 0, :, :, 0])
print(F.lp_pool3d(x, float("inf"), 2).grad_fn)
y.sum().backward()
print(x.grad[0, 0, 0])
out, idx = F.max_pool3d(x, 2, return_indices=True)
unpool = nn.MaxUnpool3d(2)
z = unpool(out, idx)
print(unpool, z.grad_fn, z.shape, z[0, 0, 1])
print(unpool(out, idx, output_size=(5, 5, 5)).shape)
x.grad = None
(z * torch.arange(z.numel()).reshape(z.shape)).sum().backward()
print(x.grad[0, 1, 1])
# one index out of range (with several, which one PyTorch names depends on its threads)
for call in (lambda: F.max_unpool3d(out, idx.int(), 2), lambda: F.max_unpool3d(out[0, 0], idx[0, 0], 2),
             lambda: F.max_unpool3d(out, idx.index_fill(-1, torch.tensor([1]), 99), 2), lambda: F.max_unpool3d(out, idx, 2, stride=0),
             lambda: F.max_unpool3d(out.long(), idx, 2), lambda: F.max_unpool3d(out, idx, 2, output_size=(9, 9, 9))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
