# Q: why can't my integer tensor require grad, and what about bool, float16, and tensors made from ints?
import torch

for dt in [torch.float16, torch.bfloat16, torch.float32, torch.float64, torch.int64, torch.int32, torch.uint8, torch.bool]:
    try:
        t = torch.zeros(2, dtype=dt, requires_grad=True)
        print(dt, 'ok', t.requires_grad)
    except RuntimeError as e:
        print(dt, 'error:', e)
x = torch.tensor([1, 2, 3])
try:
    x.requires_grad_()
except RuntimeError as e:
    print(e)
xf = x.float().requires_grad_()
print(xf, xf.is_leaf)
y = (xf ** 2).sum()
y.backward()
print(xf.grad)
idx = torch.tensor([0, 2])
z = xf[idx].sum()
print(z.grad_fn.name(), idx.requires_grad)
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
