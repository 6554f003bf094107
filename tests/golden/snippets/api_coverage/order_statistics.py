import torch

x = torch.tensor([[3., 1., 2., 5.], [4., 4., 0., 1.], [2., 7., 7., 2.]], requires_grad=True)
print(torch.median(x), x.median(dim=1), torch.median(x, 0, keepdim=True))
print(torch.tensor([1., float('nan'), 3.]).median(), torch.tensor([1., float('nan'), 3., 0.]).nanmedian())
print(torch.nanmedian(torch.tensor([[1., float('nan')], [2., 3.]]), dim=1))
print(torch.median(torch.tensor([[1., float('nan'), 0.]]), 1))
print(torch.mode(torch.tensor([[1, 2, 2, 1], [3, 3, 1, 1]])))
print(torch.mode(x, 0))
print(torch.kthvalue(x, 2, 1))
print(x.kthvalue(1, dim=0, keepdim=True).indices)
print(torch.kthvalue(torch.tensor([2., 1., 2., 1., 2., 2., 1.]), 4))
print(torch.median(torch.tensor([2, 1, 2, 1, 2, 2, 1]), 0))
(x.median() + x.median(1).values.sum() + x.kthvalue(3, 0).values.sum() + x.mode(1).values.sum()).backward()
print(x.grad)
print(x.median().grad_fn, x.median(1).values.grad_fn, x.nanmedian().grad_fn, x.kthvalue(1).values.grad_fn, x.mode().values.grad_fn)
for f in [lambda: torch.kthvalue(x, 5), lambda: torch.mode(torch.tensor([]))]:
    try:
        f()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
