import torch

x = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
print(torch.roll(x, 1, 1))
print(x.roll(1))
print(torch.roll(x, shifts=(1, -1), dims=(0, 1)))
print(torch.tile(x, (2,)))
print(x.tile(2, 1, 1).shape, torch.tensor([1, 2]).tile((3,)))
print(x.repeat(2, 2))
print(torch.repeat_interleave(x, 2))
print(x.repeat_interleave(2, dim=0))
print(torch.repeat_interleave(x, torch.tensor([1, 2]), dim=0))
print(torch.repeat_interleave(torch.tensor([2, 0, 1])))
y = (torch.roll(x, 1, 0) * torch.arange(6.).reshape(2, 3)).sum() + x.tile((2, 2)).sum() + x.repeat_interleave(3, dim=1).pow(2).sum()
y.backward()
print(x.grad)
print(x.roll(1).grad_fn, x.tile((2,)).grad_fn, x.repeat(1, 2).grad_fn, x.repeat_interleave(2).grad_fn)
for f in [lambda: torch.roll(x, (1, 2), (0,)), lambda: torch.repeat_interleave(x, -1),
          lambda: torch.repeat_interleave(x, torch.tensor([1, 2, 3]), dim=0)]:
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
