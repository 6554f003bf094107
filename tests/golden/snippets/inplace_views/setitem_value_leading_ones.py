# t[key] = value drops the value's leading 1-sized dims, then expands it (t[i] = net(x) with a (1, 1) output); PyTorch's expand and index_put errors.
import torch
def tr(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def s(t, k, v):
    t[k] = v
    return t
tr(lambda: s(torch.zeros(3), 0, torch.ones(1, 1) * 5))
tr(lambda: s(torch.zeros(3), 0, torch.ones(1, 1, 1) * 5))
tr(lambda: s(torch.zeros(3), slice(0, 2), torch.ones(2, 1)))
tr(lambda: s(torch.zeros(3, 2), (slice(None), 0), torch.arange(3.).view(1, 3)))
tr(lambda: s(torch.zeros(3), slice(0, 1), torch.ones(3)))
tr(lambda: s(torch.zeros(3), [0, 1], torch.ones(1, 2) * 7))
tr(lambda: s(torch.zeros(3), [0, 1], torch.ones(2, 1) * 7))
tr(lambda: s(torch.zeros(2, 3), 0, torch.ones(1, 1, 3) * 2))
tr(lambda: s(torch.zeros(2, 3), 0, torch.ones(2, 3)))
tr(lambda: s(torch.zeros(2, 3), torch.tensor([True, False]), torch.ones(1, 3)))
tr(lambda: s(torch.zeros(2, 3), torch.tensor([True, False]), torch.ones(2, 1, 3)))
x = torch.zeros(4, requires_grad=True).clone()
x[1] = torch.tensor([[2.0]], requires_grad=True)
print(x, x.grad_fn)
v = torch.tensor([[3.0]], requires_grad=True)
y = torch.zeros(3, requires_grad=True) * 1
y[2] = v
y.sum().backward()
print(v.grad, y.grad_fn.next_functions)
preds = torch.zeros(5)
net = torch.nn.Linear(2, 1)
torch.manual_seed(0)
for i in range(2, 5):
    preds[i] = net(preds[i - 2:i].reshape((1, -1)))
print(preds.shape, preds.grad_fn)
