# index_select: out-of-range and negative indices (an IndexError, or dim 1's own RuntimeError),
# a 2-d index, a 0-d index (keeps the dim), a 0-d input, and the gradient with repeated indices.
import torch

x = torch.arange(24.).view(2, 3, 4)
for d in range(3):
    for idx in (torch.tensor([9]), torch.tensor([0, -1]), torch.tensor([[0, 1]]), torch.tensor(1)):
        try:
            print(d, idx.tolist(), x.index_select(d, idx).shape)
        except (IndexError, RuntimeError) as e:
            print(d, idx.tolist(), type(e).__name__, e)
s = torch.tensor(5., requires_grad=True)
for idx in (torch.tensor([0]), torch.tensor(0), torch.tensor([1])):
    try:
        print(s.index_select(0, idx))
    except IndexError as e:
        print("IndexError:", e)
w = torch.arange(6.).view(2, 3).requires_grad_()
out = w.index_select(1, torch.tensor([2, 0, 2])) * torch.tensor([1., 2., 3.])
out.sum().backward()
print(out, w.grad)
w.grad = None
w.index_select(0, torch.tensor(1)).sum().backward()
print(w.grad)
s.index_select(0, torch.tensor([0])).backward()
print(s.grad)
