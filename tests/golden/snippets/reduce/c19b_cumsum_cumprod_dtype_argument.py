# cumsum/cumprod with dtype=: the input is cast first, integers wrap, the node is the input's own
import torch

x = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
y = x.cumsum(0, dtype=torch.float64)
print(y, type(y.grad_fn.next_functions[0][0]).__name__)
y.sum().backward()
print(x.grad, x.grad.dtype)
x.grad = None
p = torch.cumprod(x, 0, dtype=torch.float64)
p.sum().backward()
print(p, x.grad)
print(torch.tensor([1.5, 2.5, -1.5]).cumsum(0, dtype=torch.int32))
print(torch.tensor([100, 100, 100]).cumsum(0, dtype=torch.int8))
print(torch.tensor([3, 4], dtype=torch.int8).cumprod(0, dtype=torch.uint8), torch.tensor(7).cumsum(0, dtype=torch.int16))
print(torch.tensor([1.0, 2.0]).cumsum(0, dtype=torch.complex64), torch.tensor([1.0, 2.0]).cumprod(0, dtype=torch.complex64))
for fn in (torch.cumsum, torch.cumprod):
    try:
        fn(torch.tensor([True, True]), 0, dtype=torch.bool)
    except NotImplementedError as e:
        print(type(e).__name__, e)
